import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Every log line of the runtime's test files is checked for credentials.
    setupFiles: ['test/helpers/log-capture.ts'],
    // Type-level tests (`*.test-d.ts`) go through the TypeScript checker and count as tests.
    // The checker is named by path: node_modules/.bin/tsc may be either installed TypeScript (5.9 or the typescript7 alias).
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json', checker: 'node_modules/typescript/bin/tsc' },
    // Servers, generation and type-checks in one run: give them room (the limits only stop a hung test; on a loaded
    // machine the property test of random documents alone takes minutes), and keep the two cores busy without oversubscribing.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
