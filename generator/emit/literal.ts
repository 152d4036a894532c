import { propertyKey } from '../plan/names.ts';
import { RUNTIME, SHARED_NAMESPACE, type Imports } from './imports.ts';

/**
 * An expression to insert as is (an identifier) inside a literal, and how it records
 * the import it needs in the module the literal is printed into.
 */
export class Expression {
  constructor(
    readonly text: string,
    readonly uses?: (imports: Imports) => void,
  ) {}
}

/** A value the runtime exports, inside a literal: `serialize: styledQuery`. */
export function runtimeValue(name: string): Expression {
  return new Expression(name, (imports) => imports.value(name, RUNTIME));
}

/** A shared parameter spec inside a literal: `shared.xRequestId`. */
export function sharedSpec(name: string): Expression {
  return new Expression(`${SHARED_NAMESPACE}.${name}`, (imports) => imports.shared(name));
}

/**
 * A JavaScript literal for plain data. Strings go through JSON.stringify, so
 * quotes, newlines, backticks and `${` from a spec stay inert. Expression that
 * names another module's export needs the imports of the module printed into.
 */
export function literalText(value: unknown, imports?: Imports): string {
  if (value instanceof Expression) {
    if (value.uses && !imports) throw new Error(`${value.text} is printed into no module's imports`);
    if (imports) value.uses?.(imports);
    return value.text;
  }
  if (Array.isArray(value)) return `[${value.map((v) => literalText(v, imports)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const body = entries.map(([k, v]) => {
      const text = literalText(v, imports);
      return v instanceof Expression && text === k ? k : `${literalKey(k)}: ${text}`;
    });
    return `{ ${body.join(', ')} }`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** A `__proto__` key in a literal would set the prototype; computed, it is an own property. */
function literalKey(key: string): string {
  return key === '__proto__' ? '["__proto__"]' : propertyKey(key);
}
