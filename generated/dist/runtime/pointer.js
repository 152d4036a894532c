function valueAt(value, pointer) {
  let current = value;
  for (const raw of pointer.split("/").slice(1)) {
    if (current === null || typeof current !== "object") return void 0;
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    current = Object.hasOwn(current, key) ? current[key] : void 0;
  }
  return current;
}
export {
  valueAt
};
