import { propertyKey } from '../plan/names.ts';

/** Code to insert as is (an identifier) inside a literal. */
export class Code {
  constructor(readonly text: string) {}
}

/**
 * A JavaScript literal for plain data. Strings go through JSON.stringify, so
 * quotes, newlines, backticks and `${` from a spec stay inert.
 */
export function literalText(value: unknown): string {
  if (value instanceof Code) return value.text;
  if (Array.isArray(value)) return `[${value.map(literalText).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const body = entries.map(([k, v]) => (v instanceof Code && v.text === k ? k : `${literalKey(k)}: ${literalText(v)}`));
    return `{ ${body.join(', ')} }`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** A `__proto__` key in a literal would set the prototype; computed, it is an own property. */
function literalKey(key: string): string {
  return key === '__proto__' ? '["__proto__"]' : propertyKey(key);
}
