import { ApiPromise } from "./api-promise.js";
import { valueAt } from "./pointer.js";
class PagePromise extends ApiPromise {
  #sent;
  #fetchPage;
  #spec;
  #firstPage;
  /** Whether the first page was asked for (and is kept), or read by a walk (and is not). */
  #asked = false;
  #walked = false;
  #again;
  constructor(first, firstPage, fetchPage, spec) {
    super(first);
    this.#sent = first;
    this.#fetchPage = fetchPage;
    this.#spec = spec;
    this.#firstPage = firstPage;
  }
  /**
   * After a walk has read the first page without keeping it, the first page
   * is fetched again when asked for: keeping it would hold one page in memory
   * for as long as the walk goes on.
   */
  withResponse() {
    this.#asked = true;
    if (!this.#walked) return super.withResponse();
    this.#again ??= this.#fetchPage(this.#firstPage).withResponse();
    return this.#again;
  }
  /**
   * The first page, for a walk: the kept result if anyone asked before, else
   * read without keeping it. Afterwards the body is spent, and asking for the
   * first page fetches it again.
   */
  async #first() {
    if (this.#asked || this.#walked) return (await this.withResponse()).data;
    this.#walked = true;
    return (await (await this.#sent).parse()).data;
  }
  /** Every page from the first one asked for, until the last or the first empty one. */
  async *pages() {
    let number = this.#firstPage;
    for (let page = await this.#first(); ; page = await this.#fetchPage(++number)) {
      yield page;
      if (this.#isLast(page, number)) return;
    }
  }
  /**
   * Every item across pages, fetched lazily; what `for await` walks. Only the
   * page being walked is held: nothing refers to the one before while the
   * next is fetched, so memory stays at about one page however many there are.
   */
  async *items() {
    let number = this.#firstPage;
    let page = await this.#first();
    while (page !== void 0) {
      const items = valueAt(page, this.#spec.items);
      const last = this.#isLast(page, number);
      page = void 0;
      if (Array.isArray(items)) {
        items.reverse();
        while (items.length > 0) yield items.pop();
      }
      if (last) return;
      page = await this.#fetchPage(++number);
    }
  }
  /** Whether a page ends the listing: it is empty, or the count of pages says so. */
  #isLast(page, number) {
    const items = valueAt(page, this.#spec.items);
    const total = this.#spec.totalPages ? Number(valueAt(page, this.#spec.totalPages)) : NaN;
    return !Array.isArray(items) || items.length === 0 || Number.isFinite(total) && number >= total;
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
function paginate(transport, spec, params = {}, options = {}) {
  const { pagination } = spec;
  const start = Number(params[pagination.page] ?? 1);
  const fetchPage = (page) => transport.request(spec, { ...params, [pagination.page]: page }, options);
  return new PagePromise(transport.send(spec, params, options), start, fetchPage, pagination);
}
export {
  PagePromise,
  paginate
};
