function uuid() {
  if (native) return native();
  return "10000000-1000-4000-8000-100000000000".replace(
    /[018]/g,
    (c) => (Number(c) ^ Math.floor(Math.random() * 16) & 15 >> Number(c) / 4).toString(16)
  );
}
const native = /* @__PURE__ */ webCryptoUuid();
function webCryptoUuid() {
  const crypto = globalThis.crypto;
  return crypto?.randomUUID?.bind(crypto);
}
export {
  uuid
};
