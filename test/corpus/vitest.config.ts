import { defineConfig } from 'vitest/config';

// The corpus's own checks: outside `npm test`, which reads nothing outside the repository.
export default defineConfig({
  test: { include: ['test/corpus/*.corpus.ts'], testTimeout: 600_000, maxWorkers: 2 },
});
