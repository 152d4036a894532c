/** Keys whose value is data, not OpenAPI structure (examples, defaults, enums): walks over a document do not enter them. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);

/** Whether `key`, met inside `parent`, holds data; `responses/default` is a response, not a default value. */
export function holdsData(key: string, parent: string | undefined): boolean {
  return DATA_KEYS.has(key) && !(key === 'default' && parent === 'responses');
}
