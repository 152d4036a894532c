import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { asObject, type RawOperation, type RawParameter } from '../load/operations.ts';
import type { SourceFile } from '../load/source.ts';
import type { Workspace } from '../load/workspace.ts';
import {
  readAsync,
  readAsyncStatus,
  readClient,
  readClientOption,
  readDepthKind,
  readFlag,
  readPagination,
  readWait,
  type Parsed,
} from '../ir/extensions.ts';

/** Checks every vendor extension's shape and the rules that tie them to operations. */
export function validateExtensions(workspace: Workspace, operations: readonly RawOperation[]): Diagnostic[] {
  const root = workspace.root;
  const out: Diagnostic[] = [];
  const check = <T>(parsed: Parsed<T>, pointer: string, file: SourceFile = root): T | undefined => {
    for (const p of parsed.problems)
      out.push(diagnostic('extension-invalid', p.message, pointer + p.at, file.locate(pointer + p.at)));
    return parsed.value;
  };
  const report = (code: FindingCode, message: string, pointer: string, file: SourceFile = root): void => {
    out.push(diagnostic(code, message, pointer, file.locate(pointer)));
  };

  const doc = asObject(root.value);
  if (doc['x-client'] !== undefined) check(readClient(doc['x-client']), '/x-client');
  const asyncStatus =
    doc['x-async-status'] !== undefined ? check(readAsyncStatus(doc['x-async-status']), '/x-async-status') : undefined;
  const statusOperation = asyncStatus?.operation;
  if (statusOperation && !operations.some((op) => op.value['operationId'] === statusOperation && op.method === 'get')) {
    report(
      'extension-invalid',
      `x-async-status.operation names "${statusOperation}", which is not a GET operation of this document`,
      '/x-async-status/operation',
    );
  }

  for (const [name, schema] of Object.entries(asObject(asObject(doc['components'])['schemas']))) {
    const depth = asObject(schema)['x-depth'];
    if (depth !== undefined) check(readDepthKind(depth), `${pointerOf(['components', 'schemas', name])}/x-depth`);
  }

  const correlated = operations.some((op) => op.parameters.some((p) => p.value['x-correlation-id'] === true));
  const checkedParameters = new Set<string>();
  for (const op of operations) {
    const label = `${op.method.toUpperCase()} ${op.path}`;
    const at = op.file;
    for (const p of op.parameters) {
      const key = `${p.definedIn.path}#${p.definedAt}`;
      if (checkedParameters.has(key)) continue;
      checkedParameters.add(key);
      checkParameter(p, check, report);
    }
    if (correlated && !op.parameters.some((p) => p.value['x-correlation-id'] === true)) {
      report('correlation-id-missing', `${label} does not take the document's correlation-id header`, op.pointer, at);
    }

    const pagination =
      op.value['x-pagination'] !== undefined
        ? check(readPagination(op.value['x-pagination']), `${op.pointer}/x-pagination`, at)
        : undefined;
    for (const key of pagination ? (['page', 'size'] as const) : []) {
      const name = pagination![key];
      if (!op.parameters.some((p) => p.value['in'] === 'query' && p.value['name'] === name)) {
        report(
          'extension-invalid',
          `x-pagination.${key} names "${name}", which is not a query parameter of ${label}`,
          `${op.pointer}/x-pagination/${key}`,
          at,
        );
      }
    }
    if (op.value['x-wait'] !== undefined) {
      check(readWait(op.value['x-wait']), `${op.pointer}/x-wait`, at);
      if (op.method !== 'get')
        report('extension-invalid', `x-wait belongs on a GET operation, not ${label}`, `${op.pointer}/x-wait`, at);
    }
    if (op.value['x-async'] !== undefined) {
      check(readAsync(op.value['x-async']), `${op.pointer}/x-async`, at);
      if (doc['x-async-status'] === undefined)
        report('extension-invalid', 'x-async needs the document-level x-async-status', `${op.pointer}/x-async`, at);
    } else if (asyncStatus && Object.hasOwn(asObject(op.value['responses']), '202')) {
      report('async-unmarked', `${label} answers 202 but has no x-async`, op.pointer, at);
    }
  }
  return out;
}

type FindingCode = 'correlation-id-missing' | 'async-unmarked' | 'extension-invalid';
type Check = <T>(parsed: Parsed<T>, pointer: string, file?: SourceFile) => T | undefined;
type Report = (code: FindingCode, message: string, pointer: string, file?: SourceFile) => void;

/** Parameter extensions, checked once where the parameter is written. */
function checkParameter(parameter: RawParameter, check: Check, report: Report): void {
  const { value: p, definedAt: pointer, definedIn: file } = parameter;
  const name = `parameter "${String(p['name'])}"`;
  if (p['x-correlation-id'] !== undefined) {
    check(readFlag(p['x-correlation-id'], 'x-correlation-id'), `${pointer}/x-correlation-id`, file);
    if (p['in'] !== 'header')
      report(
        'extension-invalid',
        `x-correlation-id belongs on a header parameter, not ${name}`,
        `${pointer}/x-correlation-id`,
        file,
      );
  }
  if (p['x-client-option'] !== undefined) {
    check(readClientOption(p['x-client-option']), `${pointer}/x-client-option`, file);
  }
  if (p['x-depth'] !== undefined) {
    check(readFlag(p['x-depth'], 'x-depth on a parameter'), `${pointer}/x-depth`, file);
    const type = asObject(p['schema'])['type'];
    if (p['in'] !== 'query' || type !== 'integer') {
      report(
        'extension-invalid',
        `x-depth belongs on an integer query parameter, not ${name}`,
        `${pointer}/x-depth`,
        file,
      );
    }
  }
}
