// An ES module app (Node, Bun, Deno): imports the package's entries and runs
// the behaviour in the world given as JSON in argv[2]; prints one JSON line.
import * as contabo from 'cloud-api-clients/contabo';
import * as profitbricks from 'cloud-api-clients/profitbricks';
import { behave } from './behaviour.mjs';

const summary = await behave({ contabo, profitbricks }, JSON.parse(process.argv[2]));
console.log(JSON.stringify({ loaded: 'import', summary }));
