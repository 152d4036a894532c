import { ApiError } from "./errors.js";
import { valueAt } from "./pointer.js";
class RepeatedPageError extends ApiError {
  constructor(page, site) {
    super(
      `${site.method} ${site.path}: page ${page} repeats page ${page - 1}, and nothing on it says the listing ended`,
      site
    );
    this.page = page;
    this.repeated = page - 1;
  }
}
class PageWalk {
  #source;
  #number;
  #page;
  #items = [];
  #started = false;
  #last = false;
  /** A short fingerprint of the page before: enough to tell a repeated page without keeping it. */
  #previous;
  constructor(source) {
    this.#source = source;
    this.#number = source.firstPage;
  }
  /** Moves to the next page, the first one to begin with; false once the listing has ended. */
  async turn() {
    if (this.#last) return false;
    this.#page = void 0;
    this.#items = [];
    const page = this.#started ? await this.#source.fetch(++this.#number) : await this.#source.first();
    this.#started = true;
    const items = valueAt(page, this.#source.spec.items);
    const list = Array.isArray(items) ? items : [];
    const fingerprint = list.length ? `${list.length}:${JSON.stringify(list[0])}:${JSON.stringify(list.at(-1))}` : "";
    if (fingerprint !== "" && fingerprint === this.#previous)
      throw new RepeatedPageError(this.#number, this.#source.site());
    this.#previous = fingerprint;
    this.#last = list.length === 0 || this.#ends(page);
    this.#page = page;
    this.#items = list;
    return true;
  }
  /** The page the walk is on. */
  page() {
    return this.#page;
  }
  count() {
    return this.#items.length;
  }
  item(index) {
    return this.#items[index];
  }
  /**
   * Whether the page says it is the last: by the count of pages, or by its
   * links. A missing next link says so only where nothing says there are
   * more: a server that never sends one still gives its count or last link.
   */
  #ends(page) {
    const { spec } = this.#source;
    const n = this.#number;
    const total = spec.totalPages ? count(valueAt(page, spec.totalPages)) : void 0;
    if (total !== void 0 && n >= total) return true;
    const self = spec.self ? valueAt(page, spec.self) : void 0;
    const last = spec.last ? valueAt(page, spec.last) : void 0;
    const lastReached = link(last) ? this.#reaches(last, self, n) : void 0;
    if (lastReached) return true;
    if (!spec.next) return false;
    const next = valueAt(page, spec.next);
    if (link(next)) return this.#reaches(next, self, n);
    const more = total !== void 0 || lastReached === false;
    return !more && isObject(valueAt(page, spec.next.slice(0, spec.next.lastIndexOf("/"))));
  }
  /** Whether a link leads no further than page `n`: by its page number, else by being the page's own. */
  #reaches(target, self, n) {
    const number = pageNumber(target, this.#source.pageName);
    if (number !== void 0) return number <= n;
    return link(self) && sameUrl(target, self);
  }
}
function count(value) {
  const n = typeof value === "number" || typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(n) ? n : void 0;
}
function isObject(value) {
  return typeof value === "object" && value !== null;
}
function link(value) {
  return typeof value === "string" && value !== "";
}
function pageNumber(target, name) {
  if (!name) return void 0;
  return count(parse(target)?.searchParams.get(name));
}
function sameUrl(a, b) {
  return (parse(a)?.href ?? a) === (parse(b)?.href ?? b);
}
function parse(target) {
  try {
    return new URL(target, "http://relative.invalid");
  } catch {
    return void 0;
  }
}
export {
  PageWalk,
  RepeatedPageError
};
