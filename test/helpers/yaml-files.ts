import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './generate.ts';

/** Every YAML document the repository tracks, by path: specs, fixtures and configuration alike. */
export function repositoryYaml(): Map<string, string> {
  const files = execFileSync('git', ['ls-files', '*.yaml', '*.yml'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  return new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
}
