// Resolves and imports the package's entries the way Node does for an
// application that installed it: import.meta.resolve and import() for ESM,
// createRequire().resolve for require.resolve-style lookups.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const report = {};
for (const entry of ['contabo', 'profitbricks', 'runtime']) {
  const specifier = `cloud-api-clients/${entry}`;
  const module = await import(specifier);
  report[entry] = {
    url: import.meta.resolve(specifier),
    required: require.resolve(specifier),
    exports: Object.fromEntries(Object.entries(module).map(([name, value]) => [name, typeof value])),
  };
}
// Only the declared entries are public: deep paths into dist/ are not.
try {
  await import('cloud-api-clients/dist/contabo/index.js');
  report.deepImport = 'resolved';
} catch (error) {
  report.deepImport = error.code;
}
process.stdout.write(`${JSON.stringify(report)}\n`);
