// A TypeScript app, type-checked under the strictest flags with NodeNext,
// Node16 and Bundler resolution, then run as compiled (NodeNext) and as
// bundled (Bundler). Runs the behaviour in the world given as JSON in argv[2].
import * as contabo from 'cloud-api-clients/contabo';
import * as profitbricks from 'cloud-api-clients/profitbricks';
import { behave, type World } from './behaviour.js';

// No Node types: only lib ES2022 + DOM.
declare const process: { readonly argv: readonly string[] };

const world = JSON.parse(process.argv[2] ?? 'null') as World;
console.log(JSON.stringify({ loaded: 'import', summary: await behave({ contabo, profitbricks }, world) }));
