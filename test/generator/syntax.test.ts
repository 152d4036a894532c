import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDiagnostic, type Diagnostic } from '../../generator/diagnostics/diagnostic.ts';
import { parseSource } from '../../generator/load/source.ts';
import { check, root } from '../helpers/generate.ts';

const FIXTURES = 'test/fixtures/syntax';
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

/** What `check` prints for a spec, finding by finding (a finding's note is on its second line). */
function printed(spec: string, files: Record<string, string> = {}): string[] {
  return check([spec], files).diagnostics.map(formatDiagnostic);
}

describe('a syntax mistake is one finding, where it was made', () => {
  // Each fixture is the same small document with one mistake; `F` stands for the fixture's path.
  const cases: [string, string][] = [
    [
      'unclosed-sequence.yaml',
      '9:13  error  yaml-syntax  `[` opened here is never closed  (/paths/~1pets/get/tags)\n  F:10:7  note  the sequence is still open here',
    ],
    [
      'unclosed-mapping.yaml',
      '14:19  error  yaml-syntax  `{` opened here is never closed  (/paths/~1pets/get/parameters/0/schema)\n  F:15:7  note  the mapping is still open here',
    ],
    [
      'unclosed-quote.yaml',
      '10:16  error  yaml-syntax  `"` opened here is never closed  (/paths/~1pets/get/summary)\n  F:33:1  note  the string is still open here',
    ],
    [
      'tab-indent.yaml',
      '23:1  error  yaml-syntax  a tab in the indentation: YAML indents with spaces only  (/paths/~1pets~1{petId}/get)',
    ],
    [
      'duplicate-key.yaml',
      '25:7  error  yaml-syntax  `operationId` is already defined at line 23  (/paths/~1pets~1{petId}/get/operationId)\n  F:23:7  note  first defined here',
    ],
    [
      'bad-indent.yaml',
      '10:6  error  yaml-syntax  `summary` is indented 5 spaces, which lines it up with nothing above it: `tags` (line 9) is indented 6, `get` (line 7) 4  (/paths/~1pets/get)',
    ],
    [
      'over-indent.yaml',
      '10:9  error  yaml-syntax  `summary` is indented more than `tags` above it, but `tags` already has a value  (/paths/~1pets/get/tags)',
    ],
    [
      'first-entry-indent.yaml',
      '17:12  error  yaml-syntax  `description` is indented 11 spaces; the entries after it, like `content` on line 18, are at 10  (/paths/~1pets/get/responses/200/description)\n  F:18:11  note  the next entry of the same level',
    ],
    [
      'trailing-comma.json',
      '59:38  error  yaml-syntax  a `,` before `}`: JSON allows no trailing comma  (/paths/~1pets~1{petId}/get/responses/200)',
    ],
    [
      'missing-comma.json',
      '43:32  error  yaml-syntax  a `,` is missing after this value  (/paths/~1pets~1{petId}/get/operationId)\n  F:44:9  note  the next entry starts here',
    ],
    [
      'unclosed-brace.json',
      '19:23  error  yaml-syntax  `{` opened here is never closed  (/paths/~1pets/get/parameters/0/schema)\n  F:21:11  note  the `}` here is indented to close an outer bracket',
    ],
  ];
  it.each(cases)('%s', (name, expected) => {
    const file = `${FIXTURES}/${name}`;
    expect(printed(file)).toEqual([`${file}:${expected.replace('F:', `${file}:`)}`]);
  });

  it('an unclosed bracket under paths: in the Contabo spec is one finding, on its own line', () => {
    const lines = read('specs/contabo.yaml').split('\n');
    const paths = lines.indexOf('paths:');
    lines.splice(paths + 1, 0, '  broken: [unclosed, {');
    const line = paths + 2;
    expect(printed('specs/contabo.yaml', { 'specs/contabo.yaml': lines.join('\n') })).toEqual([
      `specs/contabo.yaml:${line}:11  error  yaml-syntax  \`[\` opened here is never closed, nor is the \`{\` at column 22  (/paths/broken)\n  specs/contabo.yaml:${line + 1}:3  note  the sequence is still open here`,
    ]);
  });

  it('without its mistake, the fixtures document parses clean, as YAML and as JSON', () => {
    const base = read(`${FIXTURES}/unclosed-sequence.yaml`).replace('tags: [Pets\n', 'tags: [Pets]\n');
    expect(parseSource('base.yaml', base).diagnostics).toEqual([]);
    expect(parseSource('base.json', JSON.stringify(parse(base), null, 2)).diagnostics).toEqual([]);
  });
});

/** A valid part of a curated spec: its text up to a path item. */
function slice(spec: string, before: string): string {
  const text = read(spec);
  return text.slice(0, text.indexOf(`\n${before}\n`) + 1);
}

/** Whether a text parsed, and its findings with their `line:col`. */
function places(path: string, text: string): { parsed: boolean; at: string[]; diagnostics: Diagnostic[] } {
  const { source, diagnostics } = parseSource(path, text);
  return { parsed: source !== undefined, at: diagnostics.map((d) => `${d.line}:${d.col}`), diagnostics };
}

type Mistake = { lines: string[]; at: number; col?: number };

describe('the same holds wherever the mistake is made in a real spec', () => {
  const specs = [
    slice('specs/contabo.yaml', '  /v1/compute/instances/{instanceId}/actions/start:'),
    slice('specs/profitbricks-v4.yaml', '  /locations/{regionId}/{locationId}:'),
  ];

  /** Each kind of mistake made at a line (1-based `n`): the lines that replace it, and the place the finding must name. */
  const mistakes: Record<string, (line: string, n: number) => Mistake | undefined> = {
    'a flow collection never closed': (l, n) =>
      isEntry(l) && !isItem(l)
        ? { lines: [`${indentOf(l)}broken: [unclosed, {`, l], at: n, col: indentOf(l).length + 9 }
        : undefined,
    'one space less': (l, n) => (indentOf(l).length > 0 ? { lines: [l.slice(1)], at: n } : undefined),
    'one space more': (l, n) => (isEntry(l) ? { lines: [` ${l}`], at: n } : undefined),
    'a tab in the indentation': (l, n) =>
      indentOf(l).length > 0 ? { lines: [`\t${l.slice(1)}`], at: n, col: 1 } : undefined,
    'a quote never closed': (l, n) =>
      /: ['"].*['"]$/.test(l) ? { lines: [l.slice(0, -1)], at: n, col: l.search(/: ['"]/) + 3 } : undefined,
    'a key given twice': (l, n) =>
      isEntry(l) && !isItem(l) && /:\s+\S/.test(l)
        ? { lines: [l, l], at: n + 1, col: indentOf(l).length + 1 }
        : undefined,
  };

  it.each(Object.keys(mistakes))('%s', (kind) => {
    let tried = 0;
    const wrong: string[] = [];
    for (const text of specs) {
      const lines = text.split('\n');
      for (let i = lines.indexOf('paths:') + 1; i < lines.length - 1; i += 7) {
        const mistake = mistakes[kind]!(lines[i]!, i + 1);
        if (!mistake) continue;
        const found = places('spec.yaml', [...lines.slice(0, i), ...mistake.lines, ...lines.slice(i + 1)].join('\n'));
        if (found.parsed) continue; // the change left valid YAML: nothing to find
        tried++;
        const expected = `${mistake.at}:${mistake.col ?? found.diagnostics[0]?.col}`;
        if (found.at.join() !== expected)
          wrong.push(
            `line ${i + 1} ${JSON.stringify(lines[i])}: expected ${expected}, got ${found.diagnostics.map(formatDiagnostic).join(' | ')}`,
          );
      }
    }
    expect(tried).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('in JSON: a comma missing or left over, a closer lost', () => {
    const lines = JSON.stringify(parse(specs[0]!), null, 2).split('\n');
    const wrong: string[] = [];
    let tried = 0;
    for (let i = 1; i < lines.length - 1; i += 5) {
      const l = lines[i]!;
      const candidates: Mistake[] = [];
      if (l.endsWith(',')) candidates.push({ lines: [l.slice(0, -1)], at: i + 1, col: l.length });
      if (/^\s*[}\]]/.test(lines[i + 1]!) && !/[[{]$/.test(l))
        candidates.push({ lines: [`${l},`], at: i + 1, col: l.length + 1 });
      if (/^\s*[}\]],?$/.test(l)) candidates.push({ lines: [], ...openerOf(lines, i) });
      const mistake = candidates[Math.floor(i / 5) % candidates.length];
      if (!mistake) continue;
      tried++;
      const found = places('spec.json', [...lines.slice(0, i), ...mistake.lines, ...lines.slice(i + 1)].join('\n'));
      const expected = `${mistake.at}:${mistake.col}`;
      if (found.at.join() !== expected)
        wrong.push(
          `line ${i + 1} ${JSON.stringify(l)}: expected ${expected}, got ${found.diagnostics.map(formatDiagnostic).join(' | ')}`,
        );
    }
    expect(tried).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});

describe('what is not a mistake', () => {
  it('JSON indented with tabs, or starting with a byte order mark', () => {
    expect(places('spec.json', '\uFEFF{\n\t"a": {\n\t\t"b": [1, 2]\n\t}\n}\n').parsed).toBe(true);
  });

  it('YAML in flow style, which starts with `{` too, in a file not named .json', () => {
    expect(
      parseSource('spec.yaml', '{openapi: 3.0.3, info: {title: t, version: "1"}, paths: {},}\n').source?.value,
    ).toEqual({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
    });
  });

  it('quotes and brackets inside strings', () => {
    expect(places('spec.yaml', "a: 'it''s [not'\nb: \"say \\\"{\\\"\"\nc: |\n  [ { '\n").parsed).toBe(true);
  });
});

describe('what YAML reads as: JSON data, from the parse that gives the positions', () => {
  const value = (text: string): unknown => parseSource('spec.yaml', text).source?.value;

  it('a date, a long integer and other plain values as the YAML 1.2 core schema reads them', () => {
    expect(value('a: 2021-01-01\nb: 12345678901234567890\nc: 0x1F\nd: yes\ne: ~\nf: 1_000\n')).toEqual({
      a: '2021-01-01',
      b: JSON.parse('12345678901234567890'),
      c: 31,
      d: 'yes',
      e: null,
      f: '1_000',
    });
  });

  it('keys as written: JSON keys are strings', () => {
    expect(value('200: a\n1.0: b\nnull: c\ntrue: d\n')).toEqual({ '200': 'a', '1.0': 'b', null: 'c', true: 'd' });
    expect(places('spec.yaml', 'a: 1\n? [b]\n: c\n').diagnostics.map(formatDiagnostic)).toEqual([
      'spec.yaml:2:3  error  yaml-syntax  a key that is not a string: a spec is JSON data, whose keys are strings  (/)',
    ]);
  });

  it('anchors, aliases and `<<` merge keys', () => {
    const text =
      'base: &base {x: 1, y: 2}\nmore: &more {z: 3}\none:\n  <<: *base\n  y: 4\nboth:\n  <<: [*base, *more]\nlist: &l [1, 2]\nsame: *l\n';
    expect(value(text)).toEqual({
      base: { x: 1, y: 2 },
      more: { z: 3 },
      one: { x: 1, y: 4 },
      both: { x: 1, y: 2, z: 3 },
      list: [1, 2],
      same: [1, 2],
    });
    const { source } = parseSource('spec.yaml', text);
    expect(source!.locate('/one/y')).toEqual({ file: 'spec.yaml', line: 5, col: 3 });
  });

  it('a key given twice beside a merge key is still a finding at the second', () => {
    expect(
      places('spec.yaml', 'base: &b {x: 1}\none:\n  <<: *b\n  y: 3\n  y: 4\n').diagnostics.map(formatDiagnostic),
    ).toEqual([
      'spec.yaml:5:3  error  yaml-syntax  `y` is already defined at line 4  (/one/y)\n  spec.yaml:4:3  note  first defined here',
    ]);
  });

  it('a flow mapping closed at a lesser indentation, as public descriptions write it, reads and is located', () => {
    const text = 'a:\n  b:\n    example: {\n      "80/tcp": {}\n    }\n  c: 1\n';
    const { source, diagnostics } = parseSource('spec.yaml', text);
    expect(diagnostics).toEqual([]);
    expect(source!.value).toEqual({ a: { b: { example: { '80/tcp': {} } }, c: 1 } });
    expect(source!.locate('/a/c')).toEqual({ file: 'spec.yaml', line: 6, col: 3 });
  });
});

describe('what JSON.parse lets by', () => {
  it('a key given twice is a finding at the second', () => {
    expect(places('spec.json', '{\n  "a": 1,\n  "a": 2\n}\n').diagnostics.map(formatDiagnostic)).toEqual([
      'spec.json:3:3  error  yaml-syntax  `a` is already defined at line 2  (/a)\n  spec.json:2:3  note  first defined here',
    ]);
  });
});

const indentOf = (line: string): string => /^ */.exec(line)![0];
const isEntry = (line: string): boolean => /^\s*(- )?[\w/'"{}.$-]+:(\s|$)/.test(line);
const isItem = (line: string): boolean => line.trimStart().startsWith('- ');

/** Where the bracket closed at line `i` (0-based) of pretty-printed JSON was opened: its 1-based line and column. */
function openerOf(lines: readonly string[], i: number): { at: number; col: number } {
  const indent = indentOf(lines[i]!);
  for (let j = i - 1; j >= 0; j--)
    if (indentOf(lines[j]!) === indent && /[[{]$/.test(lines[j]!)) return { at: j + 1, col: lines[j]!.length };
  throw new Error(`no opener for line ${i + 1}`);
}
