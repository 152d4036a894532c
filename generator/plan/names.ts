/** Words JavaScript or TypeScript reserve: never usable as a bare binding name. */
const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield await any boolean constructor ' +
    'declare get module require number set string symbol type from of unknown never object bigint undefined ' +
    'arguments eval infer keyof readonly unique is asserts abstract accessor async out satisfies override'
  ).split(' '),
);

/**
 * Splits any spelling (`x-request-id`, `ListInstances`, `ip_v4 address`,
 * `2fa`) into lower-case words. An acronym's plural is one word (`LANs`,
 * `NICs`, `listIPs`), not an acronym and a word `Ns`.
 */
export function words(input: string): string[] {
  return input
    .replace(/([A-Z]{2,})s(?![a-z])/g, (_, acronym: string) => `${acronym}S`)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export function pascalCase(input: string): string {
  return words(input)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

export function camelCase(input: string): string {
  const pascal = pascalCase(input);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** A type name: PascalCase, never starting with a digit, never empty. */
export function typeName(input: string): string {
  const name = pascalCase(input) || 'Unnamed';
  return /^[0-9]/.test(name) ? `T${name}` : name;
}

/** A binding or member name: camelCase, not a reserved word, never starting with a digit. */
export function memberName(input: string): string {
  let name = camelCase(input) || 'value';
  if (/^[0-9]/.test(name)) name = `_${name}`;
  return RESERVED_WORDS.has(name) ? `${name}_` : name;
}

/**
 * A property name on an object the package exports (a group on the client):
 * camelCase; reserved words are fine after a dot (`client.default`), the
 * members an object must keep are not.
 */
export function propertyName(input: string): string {
  let name = camelCase(input) || 'default';
  if (/^[0-9]/.test(name)) name = `_${name}`;
  return UNSAFE_MEMBERS.has(name) ? `${name}_` : name;
}

function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/**
 * Names a class member must not take: they would replace the constructor,
 * make the object a thenable, or touch the prototype chain. Other reserved
 * words (`delete`, `import`) are fine as method names.
 */
const UNSAFE_MEMBERS: ReadonlySet<string> = new Set([
  'constructor',
  'then',
  'prototype',
  '__proto__',
  'toString',
  'valueOf',
  'toJSON',
]);

/** A camelCase identifier usable as a method name (what `x-method` must be). */
export function isMethodName(name: string): boolean {
  return /^[a-z][A-Za-z0-9]*$/.test(name) && !UNSAFE_MEMBERS.has(name);
}

/** Property keys print bare when they are identifiers, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/**
 * Hands out names unique within one scope, deterministically: the first
 * claimant keeps the name, later ones get a numeric suffix.
 */
export class NameScope {
  private readonly taken: Set<string>;

  constructor(reserved: Iterable<string> = []) {
    this.taken = new Set(reserved);
  }

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name); n++) name = `${wanted}${n}`;
    this.taken.add(name);
    return name;
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }
}
