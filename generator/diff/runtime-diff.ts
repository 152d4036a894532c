import type { RuntimeExport, RuntimeMember } from './runtime-surface.ts';
import type { Add, SurfaceChange } from './surface-diff.ts';
import { short } from './types.ts';

const code = (text: string): string => `\`${short(text, 200)}\``;

/** `: Renamed \`asyncWrite\`.`, the tag's text, or nothing for a bare `@deprecated`. */
const reason = (deprecated: string): string => (deprecated ? `: ${deprecated}` : '');

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
      const born = e.deprecated === undefined ? '' : ` (deprecated${reason(e.deprecated)})`;
      add('runtime-export-added', name, 'new', `${e.what} \`${name}\` added${born}`, 'addition');
      continue;
    }
    if (old.deprecated === undefined && e.deprecated !== undefined)
      add(
        'runtime-export-deprecated',
        name,
        'new',
        `${e.what} \`${name}\` deprecated${reason(e.deprecated)}`,
        'change',
      );
    if (old.text !== e.text) {
      const message = `${e.what} \`${name}\` changed from ${code(old.text)} to ${code(e.text)}`;
      add('runtime-export-changed', name, 'new', message, 'breaking');
    }
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
    if (!after.has(key))
      add(
        'runtime-export-removed',
        at(key),
        'old',
        `member ${code(m.text)} ${of} removed: code using it breaks`,
        'breaking',
      );
  }
  for (const [key, m] of after) {
    const old = before.get(key);
    if (!old) {
      // Code that builds a value of the interface itself (a test double, its own Logger) must now give the member.
      const message = m.required
        ? `member ${code(m.text)} ${of} added: it is required, so code that builds its own \`${owner.name}\` must now give it`
        : `member ${code(m.text)} ${of} added`;
      add('runtime-export-added', at(key), 'new', message, m.required ? 'breaking' : 'addition');
      continue;
    }
    if (old.deprecated === undefined && m.deprecated !== undefined)
      add(
        'runtime-export-deprecated',
        at(key),
        'new',
        `member \`${key}\` ${of} deprecated${reason(m.deprecated)}`,
        'change',
      );
    if (old.text !== m.text) {
      const message = `member \`${key}\` ${of} changed from ${code(old.text)} to ${code(m.text)}`;
      add('runtime-export-changed', at(key), 'new', message, 'breaking');
    }
  }
}
