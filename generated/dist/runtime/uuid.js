function uuid() {
  const native = globalThis.crypto?.randomUUID;
  if (native) return native.call(globalThis.crypto);
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = (parseInt(hex[16], 16) & 3 | 8).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
export {
  uuid
};
