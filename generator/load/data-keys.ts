/** Keys whose value is data, not OpenAPI structure (examples, defaults, enums): walks over a document do not enter them. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);

/** Whether `key`, met inside `parent`, holds data; `responses/default` is a response, not a default value. */
export function holdsData(key: string, parent: string | undefined): boolean {
  return DATA_KEYS.has(key) && !(key === 'default' && parent === 'responses');
}

/** Calls `visit` on every object of a document's structure, never entering data (see `holdsData`). */
export function eachStructureObject(
  value: unknown,
  visit: (object: Record<string, unknown>) => void,
  parent?: string,
): void {
  if (Array.isArray(value)) {
    for (const item of value) eachStructureObject(item, visit);
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    visit(object);
    for (const [key, child] of Object.entries(object))
      if (!holdsData(key, parent)) eachStructureObject(child, visit, key);
  }
}
