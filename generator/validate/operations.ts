import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parameterKey, type RawOperation } from '../load/operations.ts';
import type { SourceFile } from '../load/source.ts';
import { isMethodName } from '../plan/names.ts';
import { methodNameOf, operationIdOf } from '../ir/identity.ts';

/** The project's rules for operations: identity, tags, responses, path parameters, method names. */
export function validateOperations(operations: readonly RawOperation[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ids = new Map<string, string>();
  const methodNames = new Map<string, string>();

  for (const op of operations) {
    const report: Report = (code, message, pointer, file = op.file) => {
      out.push(diagnostic(code, message, pointer, file.locate(pointer)));
    };
    const label = `${op.method.toUpperCase()} ${op.path}`;
    const id = op.value['operationId'];
    if (typeof id !== 'string' || id === '') {
      report('operation-id-missing', `${label} has no operationId; "${operationIdOf(op)}" is used`, op.pointer);
    } else if (ids.has(id)) {
      report(
        'operation-id-duplicate',
        `operationId "${id}" is also used by ${ids.get(id)}`,
        `${op.pointer}/operationId`,
      );
    } else {
      ids.set(id, label);
    }

    const tags = op.value['tags'];
    if (!Array.isArray(tags) || tags.length === 0) {
      report('operation-untagged', `${label} has no tag`, op.pointer);
    } else if (tags.length > 1) {
      report(
        'operation-multiple-tags',
        `${label} has ${tags.length} tags; it is generated under "${String(tags[0])}" only`,
        `${op.pointer}/tags`,
      );
    }

    const xMethod = op.value['x-method'];
    if (xMethod !== undefined && (typeof xMethod !== 'string' || !isMethodName(xMethod))) {
      report(
        'method-name-invalid',
        `x-method ${JSON.stringify(xMethod)} is not a usable camelCase method name`,
        `${op.pointer}/x-method`,
      );
    } else {
      const key = `${String(Array.isArray(tags) ? tags[0] : '')}\0${methodNameOf(op)}`;
      const other = methodNames.get(key);
      if (other) {
        report(
          'method-name-duplicate',
          `method "${methodNameOf(op)}" is also generated for ${other} in the same tag`,
          `${op.pointer}/${xMethod ? 'x-method' : 'operationId'}`,
        );
      } else {
        methodNames.set(key, label);
      }
    }

    validateResponses(op, report, label);
    validateParameters(op, report, label);
  }
  return out;
}

type Report = (code: Parameters<typeof diagnostic>[0], message: string, pointer: string, file?: SourceFile) => void;

function validateResponses(op: RawOperation, report: Report, label: string): void {
  const responses = op.value['responses'];
  if (responses === null || typeof responses !== 'object' || Object.keys(responses).length === 0) {
    report(
      'responses-missing',
      `${label} declares no responses`,
      responses === undefined ? op.pointer : `${op.pointer}/responses`,
    );
  } else if (!Object.keys(responses).some((status) => /^2(\d\d|XX)$/.test(status))) {
    report(
      'success-response-missing',
      `${label} declares no 2xx response; its result is typed void`,
      `${op.pointer}/responses`,
    );
  }
}

function validateParameters(op: RawOperation, report: Report, label: string): void {
  const inTemplate = new Set([...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
  const declared = new Set<string>();
  const seen = new Set<string>();
  for (const p of op.parameters) {
    const key = parameterKey(p);
    if (seen.has(key)) report('parameter-duplicate', `${label} declares ${key} twice`, p.pointer, p.listedIn);
    seen.add(key);
    if (p.value['in'] === 'cookie') {
      report(
        'unsupported-feature',
        `cookie parameter "${String(p.value['name'])}" is not sent by the client`,
        p.pointer,
        p.listedIn,
      );
    }
    if (p.value['in'] !== 'path') continue;
    const name = String(p.value['name']);
    declared.add(name);
    if (!inTemplate.has(name)) {
      report(
        'path-param-not-in-template',
        `path parameter "${name}" does not appear in ${op.path}`,
        p.pointer,
        p.listedIn,
      );
    } else if (p.value['required'] !== true) {
      report('path-param-optional', `path parameter "${name}" must be required: true`, p.pointer, p.listedIn);
    }
  }
  for (const name of inTemplate) {
    if (!declared.has(name)) {
      report(
        'path-param-undeclared',
        `${op.path} uses {${name}} but ${label} declares no such path parameter`,
        op.pointer,
      );
    }
  }
  if (op.value['callbacks'] !== undefined) {
    report('unsupported-feature', `${label} declares callbacks; they are not generated`, `${op.pointer}/callbacks`);
  }
}
