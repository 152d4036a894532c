import type { Alias, CST, Document, YAMLError } from 'yaml';
import { pointerOf } from '../diagnostics/diagnostic.ts';
import { label, misindented } from './indentation.ts';
import { Lines } from './lines.ts';

/** One syntax mistake, at the offset where it was made. */
export interface Cause {
  readonly offset: number;
  readonly message: string;
  /** JSON pointer of the value the mistake is in, as far as it can be told. */
  readonly pointer: string;
  /** A second place: where the parser noticed the mistake, or the other half of a pair. */
  readonly related?: { readonly offset: number; readonly message: string };
}

/** The `yaml` module, loaded only for YAML text. */
export type YamlModule = typeof import('yaml');

/** Parser errors that leave the structure around them intact: each is a mistake of its own. */
const LOCAL = new Set([
  'DUPLICATE_KEY',
  'BAD_DQ_ESCAPE',
  'BAD_ALIAS',
  'MULTIPLE_DOCS',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_TAGS',
  'KEY_OVER_1024_CHARS',
  'TAG_RESOLVE_FAILED',
  'NON_STRING_KEY',
]);

interface Context {
  readonly yaml: YamlModule;
  readonly lines: Lines;
  readonly cst: readonly CST.Token[];
  readonly doc: Document;
}

/**
 * The mistakes behind the errors `yaml` reports for a document, one per
 * mistake. A broken structure (an unclosed bracket or quote, a line indented
 * to no level) makes the parser misread everything after it, so of its errors
 * only the first place the structure broke is reported, and nothing the parser
 * says after that place. Mistakes that leave the structure intact, such as a
 * duplicate key, are reported each where it is.
 */
export function yamlCauses(yaml: YamlModule, text: string, doc: Document, cst: readonly CST.Token[]): Cause[] {
  const ctx: Context = { yaml, lines: new Lines(text), cst, doc };
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const structural = errors.filter((e) => !LOCAL.has(e.code));
  const broken = brokenStructure(ctx, structural);
  const cutoff = Math.min(broken?.offset ?? Infinity, structural[0]?.pos[0] ?? Infinity);
  const local = errors
    .filter((e) => LOCAL.has(e.code) && e.pos[0] < cutoff)
    // A key said to repeat where no earlier one is written is the parser misreading the broken structure.
    .flatMap((e) => localCause(ctx, e) ?? (broken ? [] : [cause(ctx, e.pos[0], yamlMessage(e))]));
  return [...local, ...(broken ? [broken] : [])];
}

/** An alias whose anchor is not defined before it: `yaml` finds these only when building the value. */
export function aliasCause(
  yaml: YamlModule,
  text: string,
  doc: Document,
  cst: readonly CST.Token[],
  error: unknown,
): Cause {
  let alias: Alias | undefined;
  yaml.visit(doc, {
    Alias: (_, node) => {
      if (!node.resolve(doc)) {
        alias = node;
        return yaml.visit.BREAK;
      }
      return undefined;
    },
  });
  const ctx: Context = { yaml, lines: new Lines(text), cst, doc };
  if (!alias) return cause(ctx, 0, error instanceof Error ? error.message : String(error));
  return cause(
    ctx,
    alias.range?.[0] ?? 0,
    `\`*${alias.source}\` names no anchor: \`&${alias.source}\` must be set on a value before it`,
  );
}

function cause(
  ctx: Context,
  offset: number,
  message: string,
  related?: Cause['related'],
  pointer = pointerAt(ctx, offset),
): Cause {
  return related && related.offset !== offset ? { offset, message, pointer, related } : { offset, message, pointer };
}

function brokenStructure(ctx: Context, structural: readonly YAMLError[]): Cause | undefined {
  const first = structural[0];
  const open = unclosed(ctx.cst);
  if (open[0] && (!first || open[0].offset <= first.pos[0])) {
    const detected = structural.find((e) => e.pos[0] >= open[0]!.offset)?.pos[0];
    return unclosedCause(ctx, open, detected);
  }
  return first && structuralCause(ctx, first);
}

interface Open {
  readonly offset: number;
  readonly opener: string;
  readonly kind: 'sequence' | 'mapping' | 'string';
}

/** Flow collections and quoted strings that are never closed, in document order. */
function unclosed(cst: readonly CST.Token[]): Open[] {
  const out: Open[] = [];
  const visit = (token: CST.Token | null | undefined): void => {
    if (!token) return;
    if (token.type === 'document') visit(token.value);
    if (
      token.type === 'flow-collection' &&
      !token.end.some((t) => t.type === (token.start.source === '[' ? 'flow-seq-end' : 'flow-map-end'))
    ) {
      out.push({
        offset: token.start.offset,
        opener: token.start.source,
        kind: token.start.source === '[' ? 'sequence' : 'mapping',
      });
    }
    if (
      (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') &&
      !isClosedQuote(token.source)
    ) {
      out.push({ offset: token.offset, opener: token.source[0]!, kind: 'string' });
    }
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if ('key' in item) visit(item.key);
        visit(item.value);
      }
    }
  };
  cst.forEach(visit);
  return out.sort((a, b) => a.offset - b.offset);
}

function isClosedQuote(source: string): boolean {
  const body = source.slice(1);
  // A `"` is closed unless escaped by an odd run of backslashes; in single quotes `''` stands for one `'`.
  if (source[0] === '"') return body.endsWith('"') && /\\*$/.exec(body.slice(0, -1))![0].length % 2 === 0;
  return /'*$/.exec(body)![0].length % 2 === 1;
}

function unclosedCause(ctx: Context, open: readonly Open[], detected: number | undefined): Cause {
  const { lines } = ctx;
  const first = open[0]!;
  const line = lines.lineOf(first.offset);
  if (detected !== undefined && first.kind !== 'string') {
    const stop = lines.lineOf(detected);
    const closer = first.opener === '[' ? ']' : '}';
    // Closed on a line indented too little to still be inside the block holding the collection.
    if (stop > line && lines.textOf(stop).includes(closer) && !looksLikeEntry(lines.textOf(stop))) {
      const { line: l, col } = lines.position(first.offset);
      return cause(
        ctx,
        lines.contentStart(stop),
        `this line continues the \`${first.opener}\` opened at ${l}:${col}, so it must be indented more than line ${l}`,
        { offset: first.offset, message: 'opened here' },
        pointerAt(ctx, first.offset),
      );
    }
  }
  const alsoOpen = open.slice(1).filter((o) => lines.lineOf(o.offset) === line);
  const nor = alsoOpen.map((o) => `, nor is the \`${o.opener}\` at column ${lines.position(o.offset).col}`).join('');
  const found = detected === undefined ? '' : lines.text[detected];
  const note =
    found === ']' || found === '}'
      ? `\`${found}\` cannot close a \`${first.opener}\``
      : `the ${first.kind} is still open here`;
  return cause(
    ctx,
    first.offset,
    `\`${first.opener}\` opened here is never closed${nor}`,
    detected === undefined ? undefined : { offset: detected, message: note },
  );
}

/** The mistake behind the first error that broke the structure, when it is not an unclosed bracket or quote. */
function structuralCause(ctx: Context, e: YAMLError): Cause {
  const { lines } = ctx;
  const offset = e.pos[0];
  const line = lines.lineOf(offset);
  const atLineStart = offset <= lines.contentStart(line);
  // The line the parser could not place: this one, or, when it stopped at a value, the next.
  const placed = atLineStart ? line : nextContentLine(lines, line);
  const tab =
    e.code === 'TAB_AS_INDENT'
      ? offset
      : (tabIn(lines, line) ?? (placed === undefined ? undefined : tabIn(lines, placed)));
  if (tab !== undefined) return cause(ctx, tab, 'a tab in the indentation: YAML indents with spaces only');
  const found = lines.text[offset];
  if (e.code === 'UNEXPECTED_TOKEN' && (found === ']' || found === '}')) {
    return cause(ctx, offset, `\`${found}\` closes nothing: no \`${found === ']' ? '[' : '{'}\` is open here`);
  }
  const missingColon = e.message.startsWith('Implicit map keys need');
  if (
    ['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR', 'UNEXPECTED_TOKEN'].includes(
      e.code,
    )
  ) {
    const indented = indentationCause(ctx, placed, atLineStart ? undefined : offset);
    if (indented) return indented;
    if (atLineStart && missingColon) {
      return cause(
        ctx,
        lines.contentStart(line),
        `${label(lines, line)} is not followed by \`:\`: a mapping entry is written \`key: value\``,
      );
    }
    const colon = atLineStart ? -1 : lines.textOf(line).indexOf(': ', offset - lines.start(line));
    if (colon !== -1)
      return cause(ctx, lines.start(line) + colon, 'a plain value cannot contain `: `: put the value in quotes');
  }
  if (e.code === 'BAD_SCALAR_START' && found) {
    return cause(
      ctx,
      offset,
      `a plain value cannot start with ${found === '`' ? 'a backquote' : `\`${found}\``}: put the value in quotes`,
    );
  }
  return cause(ctx, offset, yamlMessage(e));
}

/** A line indented wrongly, where the parser stopped at it, or at the value on the line before it (`value`). */
function indentationCause(ctx: Context, line: number | undefined, value: number | undefined): Cause | undefined {
  const { lines } = ctx;
  const inside = multiLineTokens(ctx);
  if (line === undefined || inside(line)) return undefined;
  const found = misindented(lines, line, inside);
  if (!found) return undefined;
  const within = pointerAt(ctx, lines.contentStart(found.within.line));
  const related = found.related
    ? { offset: lines.contentStart(found.related.line), message: found.related.message }
    : found.kind === 'deeper' && value !== undefined
      ? { offset: value, message: 'it is read as part of this value' }
      : undefined;
  return cause(
    ctx,
    lines.contentStart(found.line),
    found.message,
    related,
    found.within.parent ? within.slice(0, within.lastIndexOf('/')) : within,
  );
}

function tabIn(lines: Lines, line: number): number | undefined {
  const tab = lines.indentation(line).indexOf('\t');
  return tab === -1 ? undefined : lines.start(line) + tab;
}

function nextContentLine(lines: Lines, line: number): number | undefined {
  for (let l = line + 1; l < lines.count; l++) if (!lines.isEmpty(l)) return l;
  return undefined;
}

function looksLikeEntry(text: string): boolean {
  return /^\s*(- |-$|[^\s#'"[{][^#]*?:(\s|$)|(["'])[^"']*\3\s*:(\s|$))/.test(text);
}

/**
 * Lines that begin inside a block scalar, a quoted string or a flow collection
 * spanning several lines: they set no level. (A plain value continued on a
 * deeper line is left out: such a line is what a wrong indentation makes.)
 */
function multiLineTokens(ctx: Context): (line: number) => boolean {
  const starts = new Set<number>();
  const mark = (from: number, to: number): void => {
    for (let l = ctx.lines.lineOf(from) + 1; l <= ctx.lines.lineOf(to); l++) starts.add(l);
  };
  ctx.yaml.CST.visit(ctx.cst.find((t) => t.type === 'document') as CST.Document, (item) => {
    for (const token of [item.key, item.value]) {
      if (token?.type === 'block-scalar') {
        // The body starts on the line after the `|` or `>`.
        mark(token.offset, ctx.lines.start(ctx.lines.lineOf(token.offset) + 1) + token.source.length - 1);
      } else if (token && (token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar')) {
        mark(token.offset, token.offset + token.source.length - 1);
      }
    }
    if (item.value?.type === 'flow-collection') {
      const last = item.value.end.find((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end');
      if (last) mark(item.value.offset, last.offset);
    }
  });
  return (line) => starts.has(line);
}

/** The mistake behind an error that leaves the structure intact; none for a repeated key with no earlier one written. */
function localCause(ctx: Context, e: YAMLError): Cause | undefined {
  const offset = e.pos[0];
  if (e.code === 'DUPLICATE_KEY') {
    const first = firstKeyLike(ctx, offset);
    if (!first) return undefined;
    const { line } = ctx.lines.position(first.offset);
    return cause(ctx, offset, `\`${first.key}\` is already defined at line ${line}`, {
      offset: first.offset,
      message: 'first defined here',
    });
  }
  if (e.code === 'BAD_DQ_ESCAPE') {
    const escape = e.message.replace(/^Invalid escape sequence /, '').split('\n')[0];
    return cause(
      ctx,
      offset,
      `\`${escape}\` is not an escape in a double-quoted string: write \`\\${escape}\`, or use single quotes`,
    );
  }
  if (e.code === 'MULTIPLE_DOCS')
    return cause(ctx, offset, 'a second YAML document starts here: a spec is one document');
  if (e.code === 'NON_STRING_KEY')
    return cause(ctx, offset, 'a key that is not a string: a spec is JSON data, whose keys are strings');
  return cause(ctx, offset, yamlMessage(e));
}

/** The earlier key of the same mapping that the key at `offset` repeats. */
function firstKeyLike(ctx: Context, offset: number): { key: string; offset: number } | undefined {
  const { isScalar, visit } = ctx.yaml;
  let found: { key: string; offset: number } | undefined;
  visit(ctx.doc, {
    Map: (_, map) => {
      const keys = map.items.map((pair) =>
        isScalar(pair.key) ? { value: pair.key.value, offset: pair.key.range?.[0] } : undefined,
      );
      const repeat = keys.find((k) => k?.offset === offset);
      const first = repeat && keys.find((k) => k && k.value === repeat.value);
      if (first?.offset === undefined || first.offset === offset) return undefined;
      found = { key: String(first.value), offset: first.offset };
      return visit.BREAK;
    },
  });
  return found;
}

/** The JSON pointer to what the CST holds at an offset, as deep as its keys and indexes can be told. */
function pointerAt(ctx: Context, offset: number): string {
  const path: string[] = [];
  let node: CST.Token | null | undefined = ctx.cst.findLast((t) => t.type === 'document' && t.offset <= offset);
  node = node?.type === 'document' ? node.value : undefined;
  while (node && (node.type === 'block-map' || node.type === 'block-seq' || node.type === 'flow-collection')) {
    const isSeq = node.type === 'block-seq' || (node.type === 'flow-collection' && node.start.source === '[');
    const items: CST.CollectionItem[] = node.items;
    const index = items.findLastIndex((item) => itemStart(item) <= offset);
    const item = items[index];
    if (!item) break;
    const key = isSeq ? String(index) : ctx.yaml.CST.resolveAsScalar(item.key)?.value;
    if (key === undefined) break;
    path.push(key);
    if (!item.value || item.value.offset > offset) break;
    node = item.value;
  }
  return pointerOf(path);
}

function itemStart(item: CST.CollectionItem): number {
  return item.key?.offset ?? item.value?.offset ?? item.sep?.[0]?.offset ?? item.start.at(-1)?.offset ?? Infinity;
}

/** `yaml`'s own words, without the position it appends. */
function yamlMessage(e: YAMLError): string {
  return e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
