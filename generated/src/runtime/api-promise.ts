import type { CallSite } from './errors.js';
import { parseRateLimit, type RateLimit } from './rate-limit.js';

/** A result with the response it came from. */
export interface ApiResult<T> {
  readonly data: T;
  /** The raw response; its body has been read. */
  readonly response: Response;
  readonly status: number;
  /** The correlation id sent, or the one the server answered with. */
  readonly requestId: string | undefined;
  /** The `ETag` header: pass it back as `ifMatch` to update only an unchanged resource. */
  readonly etag: string | undefined;
  readonly rateLimit: RateLimit | undefined;
}

/** A sent call whose body is not read yet: `parse` reads it once. */
export interface Sent<T> {
  readonly response: Response;
  /** Where the call went, with the request id sent or answered. */
  readonly site: CallSite;
  /** The body, read as the operation declares it. */
  parse(): Promise<T>;
}

/** The result of a response whose body has been read as `data`. */
export function apiResult<T>(data: T, response: Response, requestId: string | undefined): ApiResult<T> {
  return {
    data,
    response,
    status: response.status,
    requestId,
    // Read from the headers when asked for: most callers never look.
    get etag() {
      return response.headers.get('etag') ?? undefined;
    },
    get rateLimit() {
      return parseRateLimit(response.headers);
    },
  };
}

/**
 * What every operation returns: await it for the typed data, or ask for
 * `withResponse()` (data and response metadata) or `asResponse()` (the raw,
 * unread Response). The call starts at once; the body is read on demand.
 */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly #sent: Promise<Sent<T>>;
  /** The body once asked for, by `await` and `withResponse()` alike: it is read once. */
  #data: Promise<T> | undefined;
  #result: Promise<ApiResult<T>> | undefined;

  constructor(sent: Promise<Sent<T>>) {
    this.#sent = sent;
  }

  /** The data with status, headers, request id, ETag and rate limit. */
  withResponse(): Promise<ApiResult<T>> {
    this.#result ??= Promise.all([this.#sent, this.#read()]).then(([sent, data]) =>
      apiResult(data, sent.response, sent.site.requestId),
    );
    return this.#result;
  }

  /** The raw response, body unread (error statuses still throw). */
  asResponse(): Promise<Response> {
    return this.#sent.then((s) => s.response);
  }

  // Awaiting gives the data alone: the result object with its lazy ETag and rate limit is made
  // only for withResponse(), as making one costs as much as the rest of the client's part of a call.
  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.read().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }

  /** The data an `await` gives: this call's body, read once. A subclass whose data may come from elsewhere says so here. */
  protected read(): Promise<T> {
    return this.#read();
  }

  #read(): Promise<T> {
    this.#data ??= this.#parse();
    return this.#data;
  }

  // Awaited rather than chained with then(): a promise returned from a then() callback costs two turns more.
  async #parse(): Promise<T> {
    return await (await this.#sent).parse();
  }
}
