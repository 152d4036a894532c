import type { Event, ScalarEvent } from 'js-yaml';
import { expandsPastReason, mergeInto, setOwn } from './yaml-value.ts';
import { YamlPlaces, type Places } from './yaml-places.ts';

/** The `js-yaml` module, loaded only for YAML text. */
export type EventsModule = typeof import('js-yaml');

// js-yaml's event and style codes (EVENT_ID, SCALAR_STYLE), spelled out for a switch.
const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const ALIAS = 5;
const POP = 6;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;

/** An implicit key YAML allows; `yaml` reports a longer one (KEY_OVER_1024_CHARS). */
const MAX_KEY = 1024;

/** A node's value, and how many values it reads as with its aliases expanded, as yaml-value.ts counts them. */
interface Read {
  readonly value: unknown;
  readonly size: number;
}

/** Thrown inside the walk for what only `yaml` reads right: the caller then reads the text with `yaml`. */
const REFUSED = Symbol('refused');

/**
 * The value of YAML text from js-yaml's event stream: a flat list of
 * offsets into the text, about eight times faster to produce than `yaml`'s
 * syntax tree and document (0.4 s against 4.4 s for a 4.4 MB spec), and
 * garbage as soon as it is read.
 *
 * The value is the one `yaml` composes with the options source.ts gives it,
 * made here by the same rules: YAML 1.2's core schema for plain scalars
 * (the regular expressions of `yaml`'s own core tags), keys the strings they
 * are written as, `<<` merging as yaml-value.ts merges, aliases shared, and
 * the same bound on how far aliases may expand. Anything else is left to
 * `yaml` and gives undefined: text js-yaml cannot parse, a second document,
 * a directive, a tag, a key written twice or not a plain string, an anchor
 * on a key, an alias to no anchor, a document past the bound. So `yaml`
 * stays the one judge of what is an error and what its message says, and
 * reads every document whose meaning could differ between the two.
 */
export function readEvents(js: EventsModule, text: string): { value: unknown } | undefined {
  let events: Event[];
  try {
    events = js.parseEvents(text, {});
  } catch {
    return undefined;
  }
  const first = events[0];
  // One document, no directives (`%YAML 1.1` would change the schema): DOCUMENT, its node, POP.
  if (first?.type !== DOCUMENT || first.directives.length > 0 || events.length < 3 || events.at(-1)?.type !== POP)
    return undefined;
  let at = 1;
  let nodes = 0;
  const anchors = new Map<string, Read>();

  const anchorOf = (e: { anchorStart: number; anchorEnd: number }): string | undefined =>
    e.anchorStart === -1 ? undefined : text.slice(e.anchorStart, e.anchorEnd);

  const read = (): Read => {
    const e = events[at++]!;
    nodes++;
    if (e.type === ALIAS) {
      const anchored = anchors.get(anchorOf(e)!);
      if (!anchored) throw REFUSED;
      return anchored;
    }
    if (e.type !== SCALAR && e.type !== SEQUENCE && e.type !== MAPPING) throw REFUSED;
    if (e.tagStart !== -1) throw REFUSED;
    const named = anchorOf(e);
    let result: Read;
    if (e.type === SCALAR) {
      result = { value: scalarOf(js, text, e), size: 1 };
    } else if (e.type === SEQUENCE) {
      const list: unknown[] = [];
      if (named) anchors.set(named, { value: list, size: 1 });
      let size = 1;
      while (events[at]!.type !== POP) {
        const inner = read();
        list.push(inner.value);
        size += inner.size;
      }
      at++;
      result = { value: list, size };
    } else {
      const map: Record<string, unknown> = {};
      if (named) anchors.set(named, { value: map, size: 1 });
      result = { value: map, size: entries(map) };
    }
    if (named) anchors.set(named, result);
    return result;
  };

  /** A mapping's pairs up to its POP; how many values they make, the mapping itself counted. */
  const entries = (map: Record<string, unknown>): number => {
    let size = 1;
    // The keys written so far, kept apart from the map only once a `<<` has merged keys into it.
    let written: Set<string> | undefined;
    while (events[at]!.type !== POP) {
      const key = events[at++]!;
      if (key.type !== SCALAR || key.tagStart !== -1 || key.anchorStart !== -1) throw REFUSED;
      if (key.valueEnd - key.valueStart > MAX_KEY) throw REFUSED;
      const name = js.getScalarValue(text, key);
      if (key.style === PLAIN && name === '<<') {
        written ??= new Set(Object.keys(map));
        size += merge(map);
        continue;
      }
      if (written ? written.has(name) : Object.hasOwn(map, name)) throw REFUSED;
      written?.add(name);
      const { value, size: added } = read();
      setOwn(map, name, value);
      size += added;
    }
    at++;
    return size;
  };

  /** `<<: *base` or `<<: [*a, *b]`: each mapping's keys the target lacks, the earlier sources first. */
  const merge = (map: Record<string, unknown>): number => {
    const list = events[at]!;
    const many = list.type === SEQUENCE;
    if (many) {
      if (list.anchorStart !== -1 || list.tagStart !== -1) throw REFUSED;
      at++;
    }
    let size = 0;
    do {
      const { value, size: added } = read();
      if (!mergeInto(map, value)) throw REFUSED;
      size += added;
    } while (many && events[at]!.type !== POP);
    if (many) at++;
    return size;
  };

  try {
    const { value, size } = read();
    if (at !== events.length - 1 || expandsPastReason(size, nodes)) return undefined;
    return { value };
  } catch (error) {
    if (error === REFUSED) return undefined;
    throw error;
  }
}

// The plain scalars YAML 1.2's core schema reads as other than strings: `yaml`'s core tags, in its order.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN_OR_INFINITE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** First characters of every plain scalar that is not a string: any other is one without a test. */
const NOT_ONLY_TEXT = /^(?:$|[~nNtTfF0-9+\-.])/;

function scalarOf(js: EventsModule, text: string, e: ScalarEvent): unknown {
  const source = js.getScalarValue(text, e);
  if (e.style !== PLAIN || !NOT_ONLY_TEXT.test(source)) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (OCTAL.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (HEX.test(source)) return parseInt(source.substring(2), 16);
  if (NAN_OR_INFINITE.test(source))
    return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (EXPONENT.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

/**
 * Where the entries of text `readEvents` read start, as `yaml` gives its
 * nodes' ranges: a key or scalar where its text starts (at the quote when
 * quoted, at the `|` or `>` of a block scalar), an alias at its `*`, a
 * collection where the event says.
 */
export function eventPlaces(js: EventsModule, text: string): YamlPlaces {
  const events = js.parseEvents(text, {});
  let at = 1;
  const startOf = (e: Event): number => {
    if (e.type === SCALAR) {
      if (e.style === PLAIN) return e.valueStart;
      if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED) return e.valueStart - 1;
      return blockHeader(text, e.valueStart);
    }
    if (e.type === ALIAS) return e.anchorStart - 1;
    return e.type === SEQUENCE || e.type === MAPPING ? e.start : 0;
  };
  const node = (): Places | undefined => {
    const e = events[at++]!;
    if (e.type !== SEQUENCE && e.type !== MAPPING) return undefined;
    const keys: string[] = [];
    const starts: number[] = [];
    const inner: (Places | undefined)[] = [];
    while (events[at]!.type !== POP) {
      if (e.type === MAPPING) {
        const key = events[at++] as ScalarEvent;
        keys.push(js.getScalarValue(text, key));
        starts.push(startOf(key));
      } else starts.push(startOf(events[at]!));
      inner.push(node());
    }
    at++;
    return e.type === MAPPING ? { keys, starts, inner } : { starts, inner };
  };
  const root = startOf(events[1]!);
  return new YamlPlaces(root, node());
}

/** The `|` or `>` of a block scalar whose content starts at `content`: on the line before it, past the key. */
function blockHeader(text: string, content: number): number {
  const end = text[content - 1] === '\n' ? content - 1 : content;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const header = /[|>][-+1-9]*[ \t]*(?:#.*)?\r?$/.exec(text.slice(lineStart, end));
  return header ? lineStart + header.index : lineStart;
}
