// Runs a compiled consumer program (out/<name>.js, `main` by default `app`) inside the
// temporary project against the endpoints given as JSON; prints its summary.
// Usage: node run.mjs [PROGRAM] ENDPOINTS_JSON
const [program, endpoints] = process.argv.length > 3 ? process.argv.slice(2) : ['app', process.argv[2]];
const { main } = await import(`./out/${program}.js`);
process.stdout.write(`${JSON.stringify(await main(JSON.parse(endpoints ?? '{}')))}\n`);
