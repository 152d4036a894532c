/** A random UUID v4 (RFC 9562). */
export declare function uuid(): string;
