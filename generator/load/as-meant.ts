import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { holdsData } from './data-keys.ts';
import { rawOperations, asObject, type RawOperation } from './operations.ts';
import type { SourceFile } from './source.ts';
import type { Workspace } from './workspace.ts';

/**
 * Deviations from the OpenAPI schema that every peer reads the same way,
 * fixed in the loaded document before validation so that the stages after
 * load see what the author meant. Applied outside the strict profile only;
 * one warning per kind says how often and where first.
 */
export function readAsMeant(workspace: Workspace): Diagnostic[] {
  const found = new Map<string, { count: number; file: SourceFile; pointer: string }>();
  const note = (kind: string, file: SourceFile, pointer: string): void => {
    const seen = found.get(kind);
    if (seen) seen.count++;
    else found.set(kind, { count: 1, file, pointer });
  };
  const is30 = workspace.format === 'openapi-3.0';
  for (const file of workspace.files.values()) {
    // A converted 2.0 root was written by the converter, not by the author.
    if (file === workspace.root && workspace.written) continue;
    walk(file.value, [], (kind, pointer) => note(kind, file, pointer), is30);
  }
  for (const op of rawOperations(workspace)) upperCaseRanges(op, (pointer) => note(LOWER_RANGE, op.file, pointer));
  return [...found].map(([kind, { count, file, pointer }]) =>
    diagnostic('read-as-meant', `${count} ${kind}${count === 1 ? '' : ' (first here)'}`, pointer, file.locate(pointer)),
  );
}

const NULL_TEXT = '`null` descriptions, summaries or titles read as empty';
const NULLABLE_TYPE = 'OpenAPI 3.1 `type: [T, "null"]` in a 3.0 document read as `type: T, nullable: true`';
const CONST = 'OpenAPI 3.1 `const` in a 3.0 document read as a one-value `enum`';
const EXAMPLES = 'OpenAPI 3.1 schema `examples` lists in a 3.0 document read as `example`';
const LOWER_RANGE = 'response status ranges in lower case (`4xx`) read as upper case (`4XX`)';

const TEXT_KEYS = ['description', 'summary', 'title'];

type Note = (kind: string, pointer: string) => void;

/** Every object of the document but data (examples, defaults, enums) and extensions. */
function walk(value: unknown, path: string[], note: Note, is30: boolean): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...path, String(i)], note, is30));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  // Under `properties`, keys are property names: `description: null` there is a broken schema, not a text.
  const isPropertyMap = path.at(-1) === 'properties';
  if (!isPropertyMap) {
    for (const key of TEXT_KEYS) {
      if (object[key] !== null) continue;
      object[key] = '';
      note(NULL_TEXT, pointerOf([...path, key]));
    }
    if (is30) schema31In30(object, path, note);
  }
  for (const key of Object.keys(object)) {
    if (!holdsData(key, path.at(-1)) && !key.startsWith('x-')) walk(object[key], [...path, key], note, is30);
  }
}

/** The 3.1 keywords a 3.0 document's authors use most, in their 3.0 spelling, where one exists. */
function schema31In30(schema: Record<string, unknown>, path: string[], note: Note): void {
  const type = schema['type'];
  if (Array.isArray(type)) {
    const types = type.filter((t) => t !== 'null');
    if (types.length === 1) {
      schema['type'] = types[0];
      if (types.length !== type.length) schema['nullable'] = true;
      note(NULLABLE_TYPE, pointerOf([...path, 'type']));
    }
  }
  if (schema['const'] !== undefined && schema['enum'] === undefined && path.at(-1) !== 'properties') {
    schema['enum'] = [schema['const']];
    delete schema['const'];
    note(CONST, pointerOf([...path, 'enum']));
  }
  if (Array.isArray(schema['examples']) && (schema['type'] !== undefined || schema['properties'] !== undefined)) {
    if (schema['example'] === undefined) schema['example'] = schema['examples'][0];
    delete schema['examples'];
    note(EXAMPLES, pointerOf([...path, 'example']));
  }
}

/** `4xx` for `4XX` in an operation's responses: OpenAPI 3 defines the upper-case ranges only. */
function upperCaseRanges(op: RawOperation, report: (pointer: string) => void): void {
  const responses = asObject(op.value['responses']);
  for (const status of Object.keys(responses)) {
    if (!/^[1-5]xx$/.test(status)) continue;
    const upper = status.toUpperCase();
    if (!Object.hasOwn(responses, upper)) responses[upper] = responses[status];
    delete responses[status];
    report(op.pointer + pointerOf(['responses', status]));
  }
}
