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
export declare function bearerAuth(token: TokenProvider): Auth;
/** HTTP Basic (RFC 7617), credentials encoded as UTF-8. */
export declare function basicAuth(username: string, password: string): Auth;
/** An API key sent as a header or query parameter. */
export declare function apiKeyAuth(where: 'header' | 'query', name: string, key: TokenProvider): Auth;
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
/**
 * OAuth 2.0 resource owner password grant (RFC 6749, section 4.3). The token
 * is cached, renewed before expiry (by refresh token when it is still valid,
 * RFC 6749 section 6, else by the password grant), and concurrent calls share
 * one token request, which is abandoned once every call waiting for it has
 * given up (timed out or aborted).
 */
export declare class PasswordGrantAuth implements Auth {
    #private;
    constructor(options: PasswordGrantOptions);
    authorize(headers: HeaderSink, _url: URL | undefined, signal?: AbortSignal): Promise<void>;
    /**
     * A 401 for the token the client holds ends it; a 401 for one it has
     * renewed since (a call sent before the renewal) does not, so however many
     * calls see the 401 of one expiry, the token is renewed once.
     */
    invalidate(sent: SentHeaders): boolean;
    /** Keeps secrets out of console.log and util.inspect. */
    toJSON(): string;
}
