import { SPEC_KINDS } from './spec-kinds.ts';

/**
 * Every kind of change `clientgen diff` reports. Kinds are stable: CI jobs
 * and reviewers may match on them, so a kind is never reused for another
 * meaning. The README's table is rendered from this catalogue (a test keeps
 * the two equal).
 *
 * `breaks` says when a change of the kind breaks users of the generated
 * package:
 * - `always` / `never`;
 * - `request`: when the changed place is sent by callers (parameters, request
 *   bodies, and schemas reachable from them);
 * - `response`: when the changed place is read by callers (response bodies and
 *   headers, and schemas reachable from them).
 * A schema used in both directions breaks if either direction does; a schema
 * no operation uses counts as both (its exported type can be used either way).
 *
 * `adds` marks additions: without anything breaking they suggest a minor version.
 *
 * Surface kinds describe the generated package rather than the spec; their
 * breaking-ness is decided per item (see `help`).
 *
 * Whatever its kind, a change that leaves every generated name and type the
 * same (a tag renamed only in case, `number` to `integer`) breaks nothing: it
 * is listed under "No change to the generated code" (`noCodeChange`).
 */
export type Breaks = 'always' | 'never' | 'request' | 'response';

export interface KindEntry {
  readonly section: 'spec' | 'surface';
  readonly breaks: Breaks | 'varies';
  readonly adds?: boolean;
  readonly help: string;
}

/** The kinds of change to the generated package. */
const SURFACE_KINDS = {
  'export-added': {
    section: 'surface',
    breaks: 'never',
    adds: true,
    help: 'The package exports a new type, class or function.',
  },
  'export-removed': {
    section: 'surface',
    breaks: 'always',
    help: 'An exported type, class or function is gone: imports of it break.',
  },
  'export-changed': {
    section: 'surface',
    breaks: 'varies',
    help: 'An exported type reads differently; the message lists its members added, removed and changed. It counts as an addition when it only gains optional members; whether other changes break is said by the spec items above.',
  },
  'type-renamed': {
    section: 'surface',
    breaks: 'always',
    help: 'A component schema was renamed (found with the same shape under another name): its exported type (and derived `Input`/`Item` types) is renamed. Names may swap (`TagResponse` and `TagResponse1` trade shapes): each is a rename, and its old name now holds another shape; where the shapes changed too, the operations that refer to them tell which became which. When the exported names stay the same, nothing in the generated code changes.',
  },
  'method-added': { section: 'surface', breaks: 'never', adds: true, help: 'A client method is new.' },
  'method-removed': { section: 'surface', breaks: 'always', help: 'A client method is gone.' },
  'signature-changed': {
    section: 'surface',
    breaks: 'varies',
    help: "A method's signature (parameters or return type) changed. Breaking unless it only makes parameters optional or appends optional ones.",
  },
  'client-property-added': {
    section: 'surface',
    breaks: 'never',
    adds: true,
    help: 'The client has a new resource group property.',
  },
  'client-property-removed': {
    section: 'surface',
    breaks: 'always',
    help: 'A resource group property of the client is gone.',
  },
  'client-property-changed': {
    section: 'surface',
    breaks: 'always',
    help: "A resource group property's class changed.",
  },
  'runtime-export-added': {
    section: 'surface',
    breaks: 'varies',
    adds: true,
    help: "With `--base`: the runtime (`cloud-api-clients/runtime`) exports a new name, or an exported interface or class has a new member. An addition, except a required member of an interface callers give the runtime (the type of a parameter of an exported function, constructor or method, or of a property of one: options, an application's own `Logger`): their values must now have the member, so it breaks.",
  },
  'runtime-export-removed': {
    section: 'surface',
    breaks: 'always',
    help: 'With `--base`: a name the runtime exported, or a member of an exported interface or class, is gone.',
  },
  'runtime-export-deprecated': {
    section: 'surface',
    breaks: 'never',
    help: "With `--base`: an exported name or member of the runtime is newly `@deprecated`. It still works; the message gives the tag's text, which says what to use instead.",
  },
  'runtime-export-changed': {
    section: 'surface',
    breaks: 'always',
    help: 'With `--base`: an exported name or member of the runtime is declared differently; the message gives both declarations without comments or bodies. A constant typed `typeof` a function (a renamed function kept under its old name) reads as that function, so keeping the old name is no change.',
  },
} as const satisfies Record<string, KindEntry & { section: 'surface' }>;

export const DIFF_KINDS = { ...SPEC_KINDS, ...SURFACE_KINDS } as const;

export type DiffKind = keyof typeof DIFF_KINDS;
export type SpecKind = { [K in DiffKind]: (typeof DIFF_KINDS)[K]['section'] extends 'spec' ? K : never }[DiffKind];
export type SurfaceKind = Exclude<DiffKind, SpecKind>;

const BREAKS_TEXT: Record<KindEntry['breaks'], string> = {
  always: 'yes',
  never: 'no',
  request: 'in requests',
  response: 'in responses',
  varies: 'see meaning',
};

/** The catalogue as a Markdown table, as the README shows it (a test keeps the two equal). */
export function kindsTable(): string {
  const rows = Object.entries(DIFF_KINDS).map(
    ([kind, e]: [string, KindEntry]) =>
      `| \`${kind}\` | ${e.section === 'spec' ? 'spec' : 'package'} | ${BREAKS_TEXT[e.breaks]} | ${e.help.replace(/\|/g, '\\|')} |`,
  );
  return ['| kind | section | breaking | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
