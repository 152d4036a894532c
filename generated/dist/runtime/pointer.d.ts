/** The value a JSON pointer (RFC 6901) reaches inside a parsed body, or undefined. */
export declare function valueAt(value: unknown, pointer: string): unknown;
