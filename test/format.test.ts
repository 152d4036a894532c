/**
 * The generator's and the tests' own sources are in the pinned style
 * (.prettierrc.json, the options the pipeline formats generated code with),
 * so that a change shows only what it changes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('the project sources', () => {
  it('are formatted by prettier with the pinned style (npx prettier --write generator test)', async () => {
    const tracked = execFileSync('git', ['ls-files', 'generator', 'test'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((file) => /\.(ts|mts|mjs|js)$/.test(file));
    const unformatted: string[] = [];
    for (const file of tracked) {
      const path = join(root, file);
      const info = await prettier.getFileInfo(path, { ignorePath: join(root, '.prettierignore') });
      if (info.ignored) continue;
      const options = await prettier.resolveConfig(path);
      if (!(await prettier.check(readFileSync(path, 'utf8'), { ...options, filepath: path }))) unformatted.push(file);
    }
    expect(tracked.length).toBeGreaterThan(100);
    expect(unformatted).toEqual([]);
  });
});
