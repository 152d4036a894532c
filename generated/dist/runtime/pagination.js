import { ApiPromise } from "./api-promise.js";
import { PageWalk } from "./page-walk.js";
import { siteOf } from "./transport.js";
class PagePromise extends ApiPromise {
  #sent;
  #source;
  /** Whether the first page was asked for (and is kept), or read by a walk (and is not). */
  #asked = false;
  #walked = false;
  #again;
  constructor(first, source) {
    super(first);
    this.#sent = first;
    this.#source = source;
  }
  /**
   * After a walk has read the first page without keeping it, the first page
   * is fetched again when asked for: keeping it would hold one page in memory
   * for as long as the walk goes on.
   */
  withResponse() {
    this.#asked = true;
    if (!this.#walked) return super.withResponse();
    this.#again ??= this.#source.fetch(this.#source.firstPage).withResponse();
    return this.#again;
  }
  /** Awaiting asks for the first page as withResponse() does: after a walk, it is fetched again. */
  read() {
    this.#asked = true;
    return this.#walked ? this.withResponse().then((r) => r.data) : super.read();
  }
  /**
   * The first page, for a walk: the kept result if anyone asked before, else
   * read without keeping it. Afterwards the body is spent, and asking for the
   * first page fetches it again.
   */
  async #first() {
    if (this.#asked || this.#walked) return (await this.withResponse()).data;
    this.#walked = true;
    return (await this.#sent).parse();
  }
  #walk() {
    return new PageWalk({
      ...this.#source,
      first: () => this.#first()
    });
  }
  /** Every page from the first one asked for, until the last. */
  async *pages() {
    const walk = this.#walk();
    while (await walk.turn()) yield walk.page();
  }
  /**
   * Every item across pages, fetched lazily; what `for await` walks. Only the
   * page being walked is held: nothing refers to the one before while the
   * next is fetched, so memory stays at about one page however many there are.
   */
  async *items() {
    const walk = this.#walk();
    while (await walk.turn()) {
      for (let i = 0; i < walk.count(); i++) yield walk.item(i);
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
function paginate(transport, spec, params = {}, options = {}) {
  const { pagination } = spec;
  const firstPage = Number(params[pagination.page] ?? 1);
  return new PagePromise(transport.send(spec, params, options), {
    firstPage,
    fetch: (page) => transport.request(spec, { ...params, [pagination.page]: page }, options),
    spec: pagination,
    pageName: spec.params?.[pagination.page]?.name,
    site: () => siteOf(transport, spec, params)
  });
}
export {
  PagePromise,
  paginate
};
