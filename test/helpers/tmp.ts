import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the test run's own temporary folder, which test/global-setup.ts removes at the end. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(process.env['CLIENTGEN_TEST_TMP'] ?? tmpdir(), prefix));
}
