// Runs the compiled consumer program (out/app.js) inside the temporary
// project against the endpoints given as JSON in argv[2]; prints its summary.
import { main } from './out/app.js';

const endpoints = JSON.parse(process.argv[2] ?? '{}');
process.stdout.write(`${JSON.stringify(await main(endpoints))}\n`);
