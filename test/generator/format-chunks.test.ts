import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../generator/format/chunks.ts';
import { queueFormat } from '../../generator/format/format.ts';
import { prettier } from '../helpers/layout.ts';

const whole = prettier;

/** A printed module of `count` interfaces, each with a doc and a few members, as the printer leaves them. */
function module(count: number, extra = ''): string {
  const statements = Array.from(
    { length: count },
    (_, i) =>
      `/**\n * Thing ${i}.\n *\n * More about it.\n */\nexport interface Thing${i} {\n    id: string;\n    size?: number | undefined;\n    parent:   Thing${(i + 1) % count};\n}`,
  );
  return `// header\n\nimport type { X } from './x.js';\n\n${statements.join('\n\n')}\n${extra}`;
}

describe('formatting in chunks', () => {
  it('cuts a large source at statements and loses nothing', () => {
    const text = module(2000);
    const chunks = chunksOf(text);
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.join('\n')).toBe(text);
    for (const chunk of chunks.slice(1)) expect(chunk).toMatch(/^\/\*\*\n \* Thing \d+\./);
  });

  it('leaves a small source whole', () => {
    expect(chunksOf(module(3))).toEqual([module(3)]);
  });

  it('formats a large source as prettier formats it whole', async () => {
    const text = module(2000);
    expect(await queueFormat(text)).toBe(await whole(text));
  });

  it('formats a source whole where a cut falls inside a template literal', async () => {
    // Blank lines and lines in column 0 inside a string look like statement boundaries: the pieces do not parse, so the source is formatted whole.
    const literal = Array.from({ length: 3000 }, (_, i) => `line ${i}\n\nexport const notCode${i} = 1;`).join('\n');
    const text = module(100, `export const text = \`${literal}\`;\n`);
    expect(chunksOf(text).length).toBeGreaterThan(1);
    expect(await queueFormat(text)).toBe(await whole(text));
  });
});
