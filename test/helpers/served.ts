import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { localServer } from '../servers/local.ts';

/** Serves a fake API on 127.0.0.1 for one test file: listening before its tests, closed after them. Its origin, once listening. */
export function servedForTests(server: Server): () => string {
  const local = localServer(server);
  let origin: string | undefined;
  beforeAll(async () => {
    origin = await local.listen();
  });
  afterAll(() => local.close());
  return () => {
    if (origin === undefined) throw new Error('the test server is not listening yet');
    return origin;
  };
}
