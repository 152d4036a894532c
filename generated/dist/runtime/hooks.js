import { ApiError } from "./errors.js";
class HookError extends ApiError {
  constructor(hook, site, cause) {
    super(`${site.method} ${site.path}: the ${hook} hook threw: ${describe(cause)}`, site, { cause });
    this.hook = hook;
  }
}
async function runHooks(chain, hook, value, context) {
  for (const hooks of chain) {
    const run = hooks[hook];
    if (!run || hook === "onRequest" && value instanceof Response) continue;
    try {
      value = await run(value, context) ?? value;
    } catch (error) {
      throw new HookError(hook, context, error);
    }
  }
  return value;
}
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
export {
  HookError,
  runHooks
};
