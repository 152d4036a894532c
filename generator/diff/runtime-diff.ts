import type { RuntimeExport, RuntimeMember } from './runtime-surface.ts';
import type { Add, SurfaceChange } from './surface-diff.ts';
import { short } from './types.ts';

const code = (text: string): string => `\`${short(text, 200)}\``;

type Declared = Pick<RuntimeMember, 'text' | 'deprecated'>;

/** `: Renamed \`asyncWrite\`.`, the tag's text, or nothing for a bare `@deprecated`. */
const reason = (deprecated: string): string => (deprecated ? `: ${deprecated}` : '');

/** ` (deprecated: ...)` for what is deprecated from the start. */
const born = (d: Declared): string => (d.deprecated === undefined ? '' : ` (deprecated${reason(d.deprecated)})`);

/**
 * How the runtime's public API changes between two versions of it: exported
 * names, and the members of exported interfaces and classes, removed, added,
 * newly `@deprecated` or declared differently. An item's pointer is the name
 * as code imports it, `Name.member` for a member: there is no JSON pointer
 * into TypeScript.
 */
export function diffRuntime(
  a: ReadonlyMap<string, RuntimeExport>,
  b: ReadonlyMap<string, RuntimeExport>,
): SurfaceChange[] {
  const out: SurfaceChange[] = [];
  const add: Add = (kind, pointer, side, message, impact) => out.push({ kind, pointer, side, message, impact });
  for (const [name, e] of a) {
    if (!b.has(name))
      add('runtime-export-removed', name, 'old', `${e.what} \`${name}\` removed: imports of it break`, 'breaking');
  }
  for (const [name, e] of b) {
    const old = a.get(name);
    if (!old) {
      add('runtime-export-added', name, 'new', `${e.what} \`${name}\` added${born(e)}`, 'addition');
      continue;
    }
    compareBoth(add, name, `${e.what} \`${name}\``, old, e);
    // An interface that became a class or a type is reported as changed, not member by member.
    if (old.what === e.what) diffMembers(add, e, old.members, e.members);
  }
  return out;
}

function diffMembers(
  add: Add,
  owner: RuntimeExport,
  before: ReadonlyMap<string, RuntimeMember>,
  after: ReadonlyMap<string, RuntimeMember>,
): void {
  const of = `of ${owner.what} \`${owner.name}\``;
  const at = (key: string): string => `${owner.name}.${key}`;
  for (const [key, m] of before) {
    if (after.has(key)) continue;
    const message = `member ${code(m.text)} ${of} removed: code using it breaks`;
    add('runtime-export-removed', at(key), 'old', message, 'breaking');
  }
  for (const [key, m] of after) {
    const old = before.get(key);
    if (old) {
      compareBoth(add, at(key), `member \`${key}\` ${of}`, old, m);
      continue;
    }
    // Code that gives the runtime a value of the interface (its own Logger, options) must now set the member;
    // one the runtime only hands out (a result) just has more to read.
    const breaks = m.required && owner.given;
    const required = breaks
      ? `: it is required, and callers give the runtime \`${owner.name}\` values, so theirs must now set it`
      : '';
    const message = `member ${code(m.text)} ${of} added${born(m)}${required}`;
    add('runtime-export-added', at(key), 'new', message, breaks ? 'breaking' : 'addition');
  }
}

/** A name or member on both sides: newly deprecated, or declared differently. */
function compareBoth(add: Add, pointer: string, subject: string, old: Declared, now: Declared): void {
  if (old.deprecated === undefined && now.deprecated !== undefined)
    add('runtime-export-deprecated', pointer, 'new', `${subject} deprecated${reason(now.deprecated)}`, 'change');
  if (old.text !== now.text)
    add(
      'runtime-export-changed',
      pointer,
      'new',
      `${subject} changed from ${code(old.text)} to ${code(now.text)}`,
      'breaking',
    );
}
