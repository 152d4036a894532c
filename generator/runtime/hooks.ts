import { ApiError, type CallSite } from './errors.js';

/** What a hook is told about the attempt it sees. */
export interface HookContext {
  /** The operation's id in the spec (`retrieveInstance`); undefined for URLs the API hands out. */
  readonly operationId: string | undefined;
  readonly method: string;
  /** The request path with parameters filled in, without query string. */
  readonly path: string;
  /** Attempts of this request so far, starting at 1: retries count, and so do token renewals. */
  readonly attempt: number;
  /** The poll of a wait this request is, starting at 1; undefined outside a wait. */
  readonly poll: number | undefined;
  /** The correlation id sent with the call, where the API has one. */
  readonly requestId: string | undefined;
}

/**
 * Hooks see every attempt of every call, retries and the polls of a wait
 * included. The client's run first, then the call's. A hook that throws ends
 * the call with a HookError, which is never retried.
 */
export interface Hooks {
  /**
   * Before an attempt is sent, with its credentials set. Return a Request to
   * send that instead, a Response to answer without the network (a cache, a
   * test), or nothing to send it as it is.
   */
  readonly onRequest?: (request: Request, context: HookContext) => HookResult<Request | Response>;
  /** When a response arrives, before it is read or retried; return a Response to use that instead. */
  readonly onResponse?: (response: Response, context: HookContext) => HookResult<Response>;
  /** When an attempt fails with no response, or the call ends in an error: to observe it. */
  readonly onError?: (error: unknown, context: HookContext) => void | Promise<void>;
}

type HookResult<T> = T | undefined | void | Promise<T | undefined | void>;

/** A hook threw: `cause` is what it threw, `hook` which one it was. */
export class HookError extends ApiError {
  readonly hook: keyof Hooks;
  constructor(hook: keyof Hooks, site: CallSite, cause: unknown) {
    super(`${site.method} ${site.path}: the ${hook} hook threw: ${describe(cause)}`, site, { cause });
    this.hook = hook;
  }
}

/** The hooks of a client and a call, as one list in the order they run; undefined when there are none. */
export function hookChain(client: Hooks | undefined, call: Hooks | undefined): readonly Hooks[] | undefined {
  if (client && call) return [client, call];
  const one = client ?? call;
  return one ? [one] : undefined;
}

/** Runs onRequest hooks in order: each sees what the one before gave; a Response ends the chain. */
export async function beforeRequest(
  chain: readonly Hooks[],
  request: Request,
  context: HookContext,
): Promise<Request | Response> {
  let current: Request | Response = request;
  for (const hooks of chain) {
    if (!hooks.onRequest || current instanceof Response) continue;
    current = (await guarded('onRequest', context, () => hooks.onRequest!(current as Request, context))) ?? current;
  }
  return current;
}

/** Runs onResponse hooks in order, each over the response the one before gave. */
export async function afterResponse(
  chain: readonly Hooks[],
  response: Response,
  context: HookContext,
): Promise<Response> {
  let current = response;
  for (const hooks of chain) {
    if (hooks.onResponse)
      current = (await guarded('onResponse', context, () => hooks.onResponse!(current, context))) ?? current;
  }
  return current;
}

/** Tells onError hooks about an error; the error itself is what the call then throws, unless a hook throws. */
export async function onError(chain: readonly Hooks[], error: unknown, context: HookContext): Promise<void> {
  // An error a hook raised has been through the hooks once already.
  if (error instanceof HookError) return;
  for (const hooks of chain) if (hooks.onError) await guarded('onError', context, () => hooks.onError!(error, context));
}

async function guarded<T>(hook: keyof Hooks, context: HookContext, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new HookError(hook, context, error);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
