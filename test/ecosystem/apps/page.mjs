// The browser app: index.html maps the package's entries to its files with an
// import map; this module runs the behaviour in the world given in the query
// string and leaves the outcome in `window.outcome` for the suite to read.
import * as contabo from 'cloud-api-clients/contabo';
import * as profitbricks from 'cloud-api-clients/profitbricks';
import { behave } from './behaviour.mjs';

const world = JSON.parse(new URLSearchParams(location.search).get('world'));
window.outcome = behave({ contabo, profitbricks }, world).then(
  (summary) => ({ loaded: 'import map', summary }),
  (error) => ({ error: String(error?.stack ?? error) }),
);
