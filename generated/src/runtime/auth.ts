import { AuthenticationError, ConnectionError, errorForStatus, InvalidResponseError } from './errors.js';
import { readBody } from './read-body.js';
import { abortError } from './signals.js';

/** Where an Auth puts credentials: the request's headers (a `Headers` will do). */
export interface HeaderSink {
  set(name: string, value: string): void;
}

/** Adds credentials to a request. Implementations never expose what they hold. */
export interface Auth {
  /** Set by an auth that puts its credential into the query: only then is the request's URL parsed and passed to `authorize`. */
  readonly inQuery?: boolean;
  authorize(headers: HeaderSink, url: URL | undefined, signal?: AbortSignal): void | Promise<void>;
  /**
   * Called when the server answered 401, with the headers the refused
   * request was sent with. Returns true when a retry may succeed because
   * fresh credentials will be used.
   */
  invalidate?(sent: SentHeaders): boolean;
}

/** The headers a request was sent with (a `Headers` or a `Map` will do). */
export interface SentHeaders {
  get(name: string): string | null | undefined;
}

/** A token, or a function that returns the current one (called per request). */
export type TokenProvider = string | (() => string | Promise<string>);

/** `Authorization: Bearer <token>`. */
export function bearerAuth(token: TokenProvider): Auth {
  const set = (headers: HeaderSink, value: string): void => headers.set('authorization', `Bearer ${value}`);
  // A fixed token is set at once: no promise to wait for on every call.
  return {
    authorize:
      typeof token === 'function' ? async (headers) => set(headers, await token()) : (headers) => set(headers, token),
  };
}

/** HTTP Basic (RFC 7617), credentials encoded as UTF-8. */
export function basicAuth(username: string, password: string): Auth {
  const value = `Basic ${base64(`${username}:${password}`)}`;
  return {
    authorize(headers) {
      headers.set('authorization', value);
    },
  };
}

/** An API key sent as a header or query parameter. */
export function apiKeyAuth(where: 'header' | 'query', name: string, key: TokenProvider): Auth {
  return {
    inQuery: where === 'query',
    async authorize(headers, url) {
      const value = typeof key === 'function' ? await key() : key;
      if (url) url.searchParams.set(name, value);
      else headers.set(name, value);
    },
  };
}

function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

export interface PasswordGrantOptions {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly username: string;
  readonly password: string;
  /** The global fetch by default. */
  readonly fetch?: typeof fetch;
  /** Renew this long before the token expires, so no call goes out with a token about to lapse. */
  readonly refreshMarginMs?: number;
  readonly now?: () => number;
}

interface Token {
  readonly accessToken: string;
  /** When to get a new one: the refresh margin before expiry, or half-way for tokens shorter-lived than twice the margin. */
  readonly renewAt: number;
  readonly refreshToken?: string;
  readonly refreshExpiresAt?: number;
}

/**
 * OAuth 2.0 resource owner password grant (RFC 6749, section 4.3). The token
 * is cached, renewed before expiry (by refresh token when it is still valid,
 * RFC 6749 section 6, else by the password grant), and concurrent calls share
 * one token request, which is abandoned once every call waiting for it has
 * given up (timed out or aborted).
 */
export class PasswordGrantAuth implements Auth {
  readonly #options: PasswordGrantOptions;
  #token: Token | undefined;
  #pending:
    | {
        readonly token: Promise<Token>;
        readonly abort: AbortController;
        waiting: number;
      }
    | undefined;

  constructor(options: PasswordGrantOptions) {
    this.#options = options;
  }

  async authorize(headers: HeaderSink, _url: URL | undefined, signal?: AbortSignal): Promise<void> {
    // A call aborted already starts no token request, which nobody would wait for.
    if (signal?.aborted) throw abortError();
    const token = await this.#current(signal);
    headers.set('authorization', `Bearer ${token.accessToken}`);
  }

  /**
   * A 401 for the token the client holds ends it; a 401 for one it has
   * renewed since (a call sent before the renewal) does not, so however many
   * calls see the 401 of one expiry, the token is renewed once.
   */
  invalidate(sent: SentHeaders): boolean {
    const token = this.#token;
    if (token && sent.get('authorization') === `Bearer ${token.accessToken}`) {
      this.#token = token.refreshToken ? { ...token, renewAt: 0 } : undefined;
    }
    return true;
  }

  /** Keeps secrets out of console.log and util.inspect. */
  toJSON(): string {
    return '[PasswordGrantAuth]';
  }

  #current(signal: AbortSignal | undefined): Promise<Token> {
    const now = (this.#options.now ?? Date.now)();
    if (this.#token && now < this.#token.renewAt) return Promise.resolve(this.#token);
    if (!this.#pending) {
      const abort = new AbortController();
      const pending = {
        abort,
        waiting: 0,
        token: this.#renew(now, abort.signal).finally(() => {
          if (this.#pending === pending) this.#pending = undefined;
        }),
      };
      this.#pending = pending;
    }
    const pending = this.#pending;
    // The last caller to give up abandons the request, so a hung token endpoint cannot hold up later calls.
    return share(pending.token, signal, (count) => {
      pending.waiting += count;
      if (pending.waiting > 0) return;
      if (this.#pending === pending) this.#pending = undefined;
      pending.abort.abort();
    });
  }

  async #renew(now: number, signal: AbortSignal): Promise<Token> {
    const refresh = this.#token?.refreshToken;
    if (refresh && now < (this.#token?.refreshExpiresAt ?? 0)) {
      try {
        return (this.#token = await this.#request(
          { grant_type: 'refresh_token', refresh_token: refresh },
          now,
          signal,
        ));
      } catch {
        // A refused refresh token is not fatal: the password grant below starts over.
      }
    }
    const { username, password } = this.#options;
    return (this.#token = await this.#request({ grant_type: 'password', username, password }, now, signal));
  }

  async #request(grant: Record<string, string>, now: number, signal: AbortSignal): Promise<Token> {
    const { tokenUrl, clientId, clientSecret } = this.#options;
    const site = { method: 'POST', path: new URL(tokenUrl).pathname };
    const body = new URLSearchParams({
      ...grant,
      client_id: clientId,
      client_secret: clientSecret,
    });
    let response: Response;
    try {
      response = await (this.#options.fetch ?? globalThis.fetch)(tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body,
        signal,
      });
    } catch (error) {
      throw new ConnectionError(`token request to ${site.path} failed: ${errorText(error)}`, site);
    }
    const answer = await readBody(response, 'json', site, { lenient: true });
    if (!response.ok) {
      // A token endpoint answers a wrong password with 400 invalid_grant (RFC 6749, section 5.2).
      throw response.status === 400
        ? new AuthenticationError(response.status, answer, response.headers, site)
        : errorForStatus(response.status, answer, response.headers, site);
    }
    const json = answer as Record<string, unknown> | undefined;
    const accessToken = json?.['access_token'];
    if (typeof accessToken !== 'string') {
      throw new InvalidResponseError('token response has no access_token', response.status, site);
    }
    const lifetimeMs = Number(json?.['expires_in'] ?? 300) * 1000;
    const marginMs = Math.min(this.#options.refreshMarginMs ?? 30_000, lifetimeMs / 2);
    const refreshToken = json?.['refresh_token'];
    const refreshExpiresIn = Number(json?.['refresh_expires_in'] ?? 0);
    return {
      accessToken,
      renewAt: now + lifetimeMs - marginMs,
      ...(typeof refreshToken === 'string' ? { refreshToken, refreshExpiresAt: now + refreshExpiresIn * 1000 } : {}),
    };
  }
}

function errorText(error: unknown): string {
  const cause = (error as { cause?: { code?: string } } | null)?.cause?.code;
  return cause ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Waits for a shared promise, but lets one caller stop waiting without
 * cancelling it for the others. `waiters` is told of each caller that
 * starts waiting (+1) and of each that gives up (-1).
 */
function share<T>(promise: Promise<T>, signal: AbortSignal | undefined, waiters: (count: 1 | -1) => void): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortError());
  waiters(1);
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(abortError());
      waiters(-1);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
