import { ApiError } from "./errors.js";
class HookError extends ApiError {
  constructor(hook, site, cause) {
    super(`${site.method} ${site.path}: the ${hook} hook threw: ${describe(cause)}`, site, { cause });
    this.hook = hook;
  }
}
function hookChain(client, call) {
  if (client && call) return [client, call];
  const one = client ?? call;
  return one ? [one] : void 0;
}
async function beforeRequest(chain, request, context) {
  let current = request;
  for (const hooks of chain) {
    if (!hooks.onRequest || current instanceof Response) continue;
    current = await guarded("onRequest", context, () => hooks.onRequest(current, context)) ?? current;
  }
  return current;
}
async function afterResponse(chain, response, context) {
  let current = response;
  for (const hooks of chain) {
    if (hooks.onResponse)
      current = await guarded("onResponse", context, () => hooks.onResponse(current, context)) ?? current;
  }
  return current;
}
async function onError(chain, error, context) {
  if (error instanceof HookError) return;
  for (const hooks of chain) if (hooks.onError) await guarded("onError", context, () => hooks.onError(error, context));
}
async function guarded(hook, context, run) {
  try {
    return await run();
  } catch (error) {
    throw new HookError(hook, context, error);
  }
}
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
export {
  HookError,
  afterResponse,
  beforeRequest,
  hookChain,
  onError
};
