import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { rawOperations, record, type RawOperation } from './operations.ts';
import type { Workspace } from './workspace.ts';

/**
 * Deviations from the OpenAPI schema that every peer reads the same way,
 * fixed in the loaded document before validation so that the stages after
 * load see what the author meant. Applied outside the strict profile only;
 * one warning per kind says how often and where first.
 */
export function readAsMeant(workspace: Workspace): Diagnostic[] {
  const found = new Map<string, { count: number; file: (typeof workspace)['root']; pointer: string }>();
  const note = (kind: string, file: Workspace['root'], pointer: string): void => {
    const seen = found.get(kind);
    if (seen) seen.count++;
    else found.set(kind, { count: 1, file, pointer });
  };
  for (const file of workspace.files.values()) {
    // A converted 2.0 root was written by the converter, not by the author.
    if (file === workspace.root && workspace.written) continue;
    dropNullTexts(file.value, [], (pointer) => note(NULL_TEXT, file, pointer));
  }
  for (const op of rawOperations(workspace)) upperCaseRanges(op, (pointer) => note(LOWER_RANGE, op.file, pointer));
  return [...found].map(([kind, { count, file, pointer }]) =>
    diagnostic('read-as-meant', `${count} ${kind}${count === 1 ? '' : ' (first here)'}`, pointer, file.locate(pointer)),
  );
}

const NULL_TEXT = '`null` descriptions, summaries or titles read as absent';
const LOWER_RANGE = 'response status ranges in lower case (`4xx`) read as upper case (`4XX`)';

/** Keys whose value is data, not OpenAPI structure: nothing under them is touched. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);
const TEXT_KEYS = ['description', 'summary', 'title'];

function dropNullTexts(value: unknown, path: string[], report: (pointer: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => dropNullTexts(item, [...path, String(i)], report));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  // Under `properties`, keys are property names: `description: null` there is a broken schema, not a text.
  const isPropertyMap = path.at(-1) === 'properties';
  for (const key of Object.keys(object)) {
    if (!isPropertyMap && TEXT_KEYS.includes(key) && object[key] === null) {
      delete object[key];
      report(pointerOf([...path, key]));
    } else if (!DATA_KEYS.has(key) && !key.startsWith('x-')) {
      dropNullTexts(object[key], [...path, key], report);
    }
  }
}

/** `4xx` for `4XX` in an operation's responses: OpenAPI 3 defines the upper-case ranges only. */
function upperCaseRanges(op: RawOperation, report: (pointer: string) => void): void {
  const responses = record(op.value['responses']);
  for (const status of Object.keys(responses)) {
    if (!/^[1-5]xx$/.test(status)) continue;
    const upper = status.toUpperCase();
    if (!Object.hasOwn(responses, upper)) responses[upper] = responses[status];
    delete responses[status];
    report(`${op.pointer}/responses/${pointerOf([status]).slice(1)}`);
  }
}
