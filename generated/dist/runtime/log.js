const LOG_ENV = "CLOUD_API_CLIENTS_LOG";
const LEVELS = {
  off: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4
};
const PREFIX = "[cloud-api-clients]";
function createLog({ level, logger } = {}) {
  const sink = logger ?? console;
  let chosen = level;
  if (chosen === void 0) {
    const named = fromEnvironment();
    if (named !== void 0 && named !== "") {
      chosen = Object.hasOwn(LEVELS, named.toLowerCase()) ? named.toLowerCase() : void 0;
      if (chosen === void 0)
        sink.warn(`${PREFIX} ${LOG_ENV}=${JSON.stringify(named)} is not a level: off, error, warn, info or debug`);
    }
  }
  const rank = LEVELS[chosen ?? "off"] ?? 0;
  if (rank === 0) return void 0;
  const write = (at, message) => {
    if (LEVELS[at] <= rank) sink[at](`${PREFIX} ${message}`);
  };
  return {
    attempt: (site, url, attempt, poll) => write("debug", attemptLine(site, url, attempt, poll)),
    retry: (site, delayMs, reason, retry, of) => write("debug", retryLine(site, delayMs, reason, retry, of)),
    renewed: (site) => write("debug", `${site.method} ${site.path} 401: sending again with fresh credentials`),
    refusedWait: (site, status) => write(
      "warn",
      `${site.method} ${site.path} ${status}: not retried, the server asked for a longer wait than the client holds a call for`
    ),
    ended: (site, outcome, durationMs) => write(typeof outcome === "number" ? "info" : "error", callLine(site, outcome, durationMs))
  };
}
function callLine(site, outcome, durationMs) {
  const took = `in ${durationMs} ms${idText(site)}`;
  return typeof outcome === "number" ? `${site.method} ${site.path} ${outcome} ${took}` : `${site.method} ${site.path} failed ${took}: ${errorText(outcome)}`;
}
function attemptLine(site, url, attempt, poll) {
  const polled = poll ? ` (poll ${poll.number}${poll.number > 1 ? ` after ${poll.afterMs} ms, last status ${poll.lastStatus ?? "unknown"}` : ""})` : "";
  return `${site.method} ${redactUrl(url)} attempt ${attempt}${polled}${idText(site)}`;
}
function retryLine(site, delayMs, reason, retry, of) {
  const why = typeof reason === "number" ? `status ${reason}` : errorText(reason);
  return `${site.method} ${site.path} retry ${retry} of ${of} after ${why}, waiting ${Math.round(delayMs)} ms${idText(site)}`;
}
const SECRET_PARAM = /key|token|secret|passw|pwd|auth|sig|credential|session|jwt/i;
function redactUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\?.*$/, "?[redacted]");
  }
  if (parsed.username || parsed.password) {
    parsed.username = "redacted";
    parsed.password = "";
  }
  const secret = [];
  parsed.searchParams.forEach((_, name) => SECRET_PARAM.test(name) && secret.push(name));
  for (const name of secret) parsed.searchParams.set(name, "redacted");
  return parsed.href;
}
function idText(site) {
  return site.requestId ? ` request id ${site.requestId}` : "";
}
function errorText(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
function fromEnvironment() {
  const scope = globalThis;
  try {
    const deno = scope.Deno;
    if (deno?.env) {
      const state = deno.permissions?.querySync?.({
        name: "env",
        variable: LOG_ENV
      }).state;
      return state === "granted" ? deno.env.get(LOG_ENV) : void 0;
    }
    return scope.process?.env?.[LOG_ENV];
  } catch {
    return void 0;
  }
}
export {
  LOG_ENV,
  createLog,
  redactUrl
};
