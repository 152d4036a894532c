/** A random UUID v4 (RFC 9562). */
export function uuid(): string {
  if (native) return native();
  // Correlation ids need uniqueness, not secrecy, so Math.random is an acceptable fallback:
  // each 0 and 1 of the template becomes a random hex digit, the 8 one of 8, 9, a or b (the variant).
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (Number(c) ^ (Math.floor(Math.random() * 16) & (15 >> (Number(c) / 4)))).toString(16),
  );
}

/** Web Crypto's UUIDs where the platform has them, looked up once: `crypto` can be a lazy global, slow to reach per call. */
const native = /* @__PURE__ */ webCryptoUuid();

function webCryptoUuid(): (() => string) | undefined {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return crypto?.randomUUID?.bind(crypto);
}
