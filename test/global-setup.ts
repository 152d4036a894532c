import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One temporary folder for the whole run (see helpers/tmp.ts), removed when the run ends. */
export default function setup(): () => void {
  const base = mkdtempSync(join(tmpdir(), 'clientgen-tests-'));
  process.env['CLIENTGEN_TEST_TMP'] = base;
  return () => rmSync(base, { recursive: true, force: true });
}
