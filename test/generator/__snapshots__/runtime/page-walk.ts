import { ApiError, type CallSite } from './errors.js';
import { valueAt } from './pointer.js';

/** Where a paginated operation keeps its page number, items, page count and links (x-pagination). */
export interface PaginationSpec {
  /** Key of the page-number parameter in the params object. */
  readonly page: string;
  /** JSON pointer to the page's items. */
  readonly items: string;
  /** JSON pointer to the number of pages. */
  readonly totalPages?: string | undefined;
  /** JSON pointers to the page's links: to itself, to the next page (absent on the last), to the last page. */
  readonly self?: string | undefined;
  readonly next?: string | undefined;
  readonly last?: string | undefined;
}

/** A server answered the next page with the one before it again: the walk stops rather than loop for ever. */
export class RepeatedPageError extends ApiError {
  /** The page asked for, and the one it repeated. */
  readonly page: number;
  readonly repeated: number;
  constructor(page: number, site: CallSite) {
    super(
      `${site.method} ${site.path}: page ${page} repeats page ${page - 1}, and nothing on it says the listing ended`,
      site,
    );
    this.page = page;
    this.repeated = page - 1;
  }
}

/** What a walk needs: how to read the first page and fetch the others, and where pages keep what. */
export interface WalkSource<Page> {
  readonly first: () => Promise<Page>;
  readonly fetch: (page: number) => PromiseLike<Page>;
  readonly firstPage: number;
  readonly spec: PaginationSpec;
  /** The page parameter's name in the query, to read page numbers out of links. */
  readonly pageName: string | undefined;
  /** Where the listing is, for errors. */
  readonly site: () => CallSite;
}

/**
 * Walks a listing one page at a time. It holds the page it is on and
 * nothing else: the page is dropped before the next one is fetched, and
 * pages are read, never changed, so what a caller was handed stays as it was.
 * Items are reached by index through methods, so that the generator walking
 * them never holds the page's array itself (a suspended generator can keep
 * stale references to what it touched).
 */
export class PageWalk<Page, Item> {
  readonly #source: WalkSource<Page>;
  #number: number;
  #page: Page | undefined;
  #items: readonly Item[] = [];
  #started = false;
  #last = false;
  /** A short fingerprint of the page before: enough to tell a repeated page without keeping it. */
  #previous: string | undefined;

  constructor(source: WalkSource<Page>) {
    this.#source = source;
    this.#number = source.firstPage;
  }

  /** Moves to the next page, the first one to begin with; false once the listing has ended. */
  async turn(): Promise<boolean> {
    if (this.#last) return false;
    this.#page = undefined;
    this.#items = [];
    const page = this.#started ? await this.#source.fetch(++this.#number) : await this.#source.first();
    this.#started = true;
    const items = valueAt(page, this.#source.spec.items);
    const list: readonly Item[] = Array.isArray(items) ? items : [];
    const fingerprint = list.length ? `${list.length}:${JSON.stringify(list[0])}:${JSON.stringify(list.at(-1))}` : '';
    if (fingerprint !== '' && fingerprint === this.#previous)
      throw new RepeatedPageError(this.#number, this.#source.site());
    this.#previous = fingerprint;
    this.#last = list.length === 0 || this.#ends(page);
    this.#page = page;
    this.#items = list;
    return true;
  }

  /** The page the walk is on. */
  page(): Page {
    return this.#page as Page;
  }

  count(): number {
    return this.#items.length;
  }

  item(index: number): Item {
    return this.#items[index] as Item;
  }

  /**
   * Whether the page says it is the last: by the count of pages, or by its
   * links. A missing next link says so only where nothing says there are
   * more: a server that never sends one still gives its count or last link.
   */
  #ends(page: Page): boolean {
    const { spec } = this.#source;
    const n = this.#number;
    const total = spec.totalPages ? count(valueAt(page, spec.totalPages)) : undefined;
    if (total !== undefined && n >= total) return true;
    const self = spec.self ? valueAt(page, spec.self) : undefined;
    const last = spec.last ? valueAt(page, spec.last) : undefined;
    const lastReached = link(last) ? this.#reaches(last, self, n) : undefined;
    if (lastReached) return true;
    if (!spec.next) return false;
    const next = valueAt(page, spec.next);
    if (link(next)) return this.#reaches(next, self, n);
    const more = total !== undefined || lastReached === false;
    return !more && isObject(valueAt(page, spec.next.slice(0, spec.next.lastIndexOf('/'))));
  }

  /** Whether a link leads no further than page `n`: by its page number, else by being the page's own. */
  #reaches(target: string, self: unknown, n: number): boolean {
    const number = pageNumber(target, this.#source.pageName);
    if (number !== undefined) return number <= n;
    return link(self) && sameUrl(target, self);
  }
}

/** A number, or a numeric string; nothing else (Contabo's examples have `_pagination: ""`). */
function count(value: unknown): number | undefined {
  const n = typeof value === 'number' || (typeof value === 'string' && value.trim() !== '') ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function link(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** The page number a link carries as its page parameter. */
function pageNumber(target: string, name: string | undefined): number | undefined {
  if (!name) return undefined;
  return count(parse(target)?.searchParams.get(name));
}

function sameUrl(a: string, b: string): boolean {
  return (parse(a)?.href ?? a) === (parse(b)?.href ?? b);
}

function parse(target: string): URL | undefined {
  try {
    return new URL(target, 'http://relative.invalid');
  } catch {
    return undefined;
  }
}
