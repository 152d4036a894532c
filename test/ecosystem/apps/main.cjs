// A CommonJS app: loads the package with require() where the runtime can
// require ES modules (process.features.require_module), else with the
// documented dynamic import(), and checks that both give the same module;
// runs the behaviour in the world given as JSON in argv[2] and prints one
// JSON line.
const { behave } = require('./behaviour.cjs');

const loaded = process.features.require_module ? 'require' : 'import()';
const load = (specifier) => (loaded === 'require' ? require(specifier) : import(specifier));

async function main() {
  const [contabo, profitbricks] = await Promise.all([
    load('cloud-api-clients/contabo'),
    load('cloud-api-clients/profitbricks'),
  ]);
  const sameAsImport = (await import('cloud-api-clients/contabo')).ContaboClient === contabo.ContaboClient;
  const summary = await behave({ contabo, profitbricks }, JSON.parse(process.argv[2]));
  console.log(JSON.stringify({ loaded, sameAsImport, summary }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
