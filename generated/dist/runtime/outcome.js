import { ConnectionError, cutShort } from "./errors.js";
import { HookError } from "./hooks.js";
function withServerId(site, response) {
  if (site.requestId) return site;
  const id = response.headers.get("x-request-id") ?? response.headers.get("request-id");
  return id ? { ...site, requestId: id } : site;
}
function noResponse(error, why, site) {
  if (error instanceof HookError) throw error;
  const cut = cutShort(why, site, error);
  if (why === "caller") throw cut;
  if (!why && !(error instanceof TypeError || error?.name === "TypeError")) throw error;
  return cut ?? new ConnectionError(`${site.method} ${site.path} could not connect: ${causeOf(error)}`, site, { cause: error });
}
function causeOf(error) {
  const cause = error?.cause;
  return String(cause?.code ?? cause?.message ?? error?.message ?? error);
}
export {
  noResponse,
  withServerId
};
