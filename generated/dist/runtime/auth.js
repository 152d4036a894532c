import { AuthenticationError, ConnectionError, errorForStatus, InvalidResponseError } from "./errors.js";
import { readBody } from "./read-body.js";
import { abortError } from "./signals.js";
function bearerAuth(token) {
  const set = (headers, value) => headers.set("authorization", `Bearer ${value}`);
  return {
    authorize: typeof token === "function" ? async (headers) => set(headers, await token()) : (headers) => set(headers, token)
  };
}
function basicAuth(username, password) {
  const value = `Basic ${base64(`${username}:${password}`)}`;
  return {
    authorize(headers) {
      headers.set("authorization", value);
    }
  };
}
function apiKeyAuth(where, name, key) {
  return {
    inQuery: where === "query",
    async authorize(headers, url) {
      const value = typeof key === "function" ? await key() : key;
      if (url) url.searchParams.set(name, value);
      else headers.set(name, value);
    }
  };
}
function base64(text) {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}
class PasswordGrantAuth {
  #options;
  #token;
  #pending;
  constructor(options) {
    this.#options = options;
  }
  async authorize(headers, _url, signal) {
    if (signal?.aborted) throw abortError();
    const token = await this.#current(signal);
    headers.set("authorization", `Bearer ${token.accessToken}`);
  }
  /**
   * A 401 for the token the client holds ends it; a 401 for one it has
   * renewed since (a call sent before the renewal) does not, so however many
   * calls see the 401 of one expiry, the token is renewed once.
   */
  invalidate(sent) {
    const token = this.#token;
    if (token && sent.get("authorization") === `Bearer ${token.accessToken}`) {
      this.#token = token.refreshToken ? { ...token, renewAt: 0 } : void 0;
    }
    return true;
  }
  /** Keeps secrets out of console.log and util.inspect. */
  toJSON() {
    return "[PasswordGrantAuth]";
  }
  #current(signal) {
    const now = (this.#options.now ?? Date.now)();
    if (this.#token && now < this.#token.renewAt) return Promise.resolve(this.#token);
    if (!this.#pending) {
      const abort = new AbortController();
      const pending2 = {
        abort,
        waiting: 0,
        token: this.#renew(now, abort.signal).finally(() => {
          if (this.#pending === pending2) this.#pending = void 0;
        })
      };
      this.#pending = pending2;
    }
    const pending = this.#pending;
    return share(pending.token, signal, (count) => {
      pending.waiting += count;
      if (pending.waiting > 0) return;
      if (this.#pending === pending) this.#pending = void 0;
      pending.abort.abort();
    });
  }
  async #renew(now, signal) {
    const refresh = this.#token?.refreshToken;
    if (refresh && now < (this.#token?.refreshExpiresAt ?? 0)) {
      try {
        return this.#token = await this.#request(
          { grant_type: "refresh_token", refresh_token: refresh },
          now,
          signal
        );
      } catch {
      }
    }
    const { username, password } = this.#options;
    return this.#token = await this.#request({ grant_type: "password", username, password }, now, signal);
  }
  async #request(grant, now, signal) {
    const { tokenUrl, clientId, clientSecret } = this.#options;
    const site = { method: "POST", path: new URL(tokenUrl).pathname };
    const body = new URLSearchParams({
      ...grant,
      client_id: clientId,
      client_secret: clientSecret
    });
    let response;
    try {
      response = await (this.#options.fetch ?? globalThis.fetch)(tokenUrl, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json"
        },
        body,
        signal
      });
    } catch (error) {
      throw new ConnectionError(`token request to ${site.path} failed: ${errorText(error)}`, site);
    }
    const answer = await readBody(response, "json", site, { lenient: true });
    if (!response.ok) {
      throw response.status === 400 ? new AuthenticationError(response.status, answer, response.headers, site) : errorForStatus(response.status, answer, response.headers, site);
    }
    const json = answer;
    const accessToken = json?.["access_token"];
    if (typeof accessToken !== "string") {
      throw new InvalidResponseError("token response has no access_token", response.status, site);
    }
    const lifetimeMs = Number(json?.["expires_in"] ?? 300) * 1e3;
    const marginMs = Math.min(this.#options.refreshMarginMs ?? 3e4, lifetimeMs / 2);
    const refreshToken = json?.["refresh_token"];
    const refreshExpiresIn = Number(json?.["refresh_expires_in"] ?? 0);
    return {
      accessToken,
      renewAt: now + lifetimeMs - marginMs,
      ...typeof refreshToken === "string" ? { refreshToken, refreshExpiresAt: now + refreshExpiresIn * 1e3 } : {}
    };
  }
}
function errorText(error) {
  const cause = error?.cause?.code;
  return cause ?? (error instanceof Error ? error.message : String(error));
}
function share(promise, signal, waiters) {
  if (signal?.aborted) return Promise.reject(abortError());
  waiters(1);
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(abortError());
      waiters(-1);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      }
    );
  });
}
export {
  PasswordGrantAuth,
  apiKeyAuth,
  basicAuth,
  bearerAuth
};
