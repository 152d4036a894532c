function mergedFetchOptions(client, call) {
  if (!client && !call) return void 0;
  const { method: _m, headers: _h, body: _b, signal: _s, ...rest } = { ...client, ...call };
  return rest;
}
function fetchWith(fetch, options) {
  const extra = mergedFetchOptions(options, void 0);
  return extra ? (input, init) => fetch(input, { ...extra, ...init }) : fetch;
}
export {
  fetchWith,
  mergedFetchOptions
};
