import { ApiPromise } from "./api-promise.js";
import { valueAt } from "./pointer.js";
class PagePromise extends ApiPromise {
  #fetchPage;
  #spec;
  #firstPage;
  constructor(first, firstPage, fetchPage, spec) {
    super(first);
    this.#fetchPage = fetchPage;
    this.#spec = spec;
    this.#firstPage = firstPage;
  }
  /** Every page from the first one asked for, until the last or the first empty one. */
  async *pages() {
    let number = this.#firstPage;
    let page = await this;
    for (; ; ) {
      yield page;
      const items = valueAt(page, this.#spec.items);
      const total = this.#spec.totalPages ? Number(valueAt(page, this.#spec.totalPages)) : NaN;
      if (!Array.isArray(items) || items.length === 0) return;
      if (Number.isFinite(total) && number >= total) return;
      number++;
      page = await this.#fetchPage(number);
    }
  }
  /** Every item across pages, fetched lazily; what `for await` walks. */
  async *items() {
    for await (const page of this.pages()) {
      const items = valueAt(page, this.#spec.items);
      if (Array.isArray(items)) yield* items;
    }
  }
  /** Up to `limit` items across pages. */
  async collect({ limit = 1e3 } = {}) {
    const out = [];
    if (limit <= 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}
Object.defineProperty(PagePromise.prototype, Symbol.asyncIterator, {
  value: PagePromise.prototype.items,
  writable: true,
  configurable: true
});
export {
  PagePromise
};
