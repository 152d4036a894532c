/** A random UUID v4 (RFC 9562), from Web Crypto where the platform has it. */
export declare function uuid(): string;
