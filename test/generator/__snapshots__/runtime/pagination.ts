import { ApiPromise, type ApiResult, type Sent } from './api-promise.js';
import type { PaginatedOperationSpec } from './operation.js';
import { valueAt } from './pointer.js';
import type { RequestOptions, Transport } from './transport.js';

/** Where a paginated operation keeps its page number, items and page count (x-pagination). */
export interface PaginationSpec {
  /** Key of the page-number parameter in the params object. */
  readonly page: string;
  /** JSON pointer to the page's items. */
  readonly items: string;
  /** JSON pointer to the number of pages. */
  readonly totalPages?: string;
}

export interface CollectOptions {
  /** Stop after this many items (default 1,000): collecting is for bounded lists. */
  readonly limit?: number;
}

/**
 * A paginated call. Await it for the first page; iterate it with `for await`
 * for every item across pages, fetched lazily one page at a time so memory
 * stays flat; `pages()` walks whole pages; `collect()` gathers a bounded list.
 */
export interface PagePromise<Page, Item> extends AsyncIterable<Item> {}

export class PagePromise<Page, Item> extends ApiPromise<Page> {
  readonly #sent: Promise<Sent<Page>>;
  readonly #fetchPage: (page: number) => ApiPromise<Page>;
  readonly #spec: PaginationSpec;
  readonly #firstPage: number;
  /** Whether the first page was asked for (and is kept), or read by a walk (and is not). */
  #asked = false;
  #walked = false;
  #again: Promise<ApiResult<Page>> | undefined;

  constructor(
    first: Promise<Sent<Page>>,
    firstPage: number,
    fetchPage: (page: number) => ApiPromise<Page>,
    spec: PaginationSpec,
  ) {
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
  override withResponse(): Promise<ApiResult<Page>> {
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
  async #first(): Promise<Page> {
    if (this.#asked || this.#walked) return (await this.withResponse()).data;
    this.#walked = true;
    return (await (await this.#sent).parse()).data;
  }

  /** Every page from the first one asked for, until the last or the first empty one. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    let number = this.#firstPage;
    for (let page: Page = await this.#first(); ; page = await this.#fetchPage(++number)) {
      yield page;
      if (this.#isLast(page, number)) return;
    }
  }

  /**
   * Every item across pages, fetched lazily; what `for await` walks. Only the
   * page being walked is held: nothing refers to the one before while the
   * next is fetched, so memory stays at about one page however many there are.
   */
  async *items(): AsyncGenerator<Item, void, undefined> {
    let number = this.#firstPage;
    let page: Page | undefined = await this.#first();
    while (page !== undefined) {
      const items = valueAt(page, this.#spec.items);
      const last = this.#isLast(page, number);
      page = undefined;
      if (Array.isArray(items)) {
        // Taken out of the array as they are handed over: a suspended generator may keep a
        // reference to the array (a stale register) while the next page loads, but not its items.
        items.reverse();
        while (items.length > 0) yield items.pop() as Item;
      }
      if (last) return;
      page = await this.#fetchPage(++number);
    }
  }

  /** Whether a page ends the listing: it is empty, or the count of pages says so. */
  #isLast(page: Page, number: number): boolean {
    const items = valueAt(page, this.#spec.items);
    const total = this.#spec.totalPages ? Number(valueAt(page, this.#spec.totalPages)) : NaN;
    return !Array.isArray(items) || items.length === 0 || (Number.isFinite(total) && number >= total);
  }

  /** Up to `limit` items across pages. */
  async collect({ limit = 1000 }: CollectOptions = {}): Promise<Item[]> {
    const out: Item[] = [];
    if (limit <= 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}

// `for await` support is attached here and declared by the interface above: a class member
// keyed by a well-known symbol comes out twice from isolated declaration emit (TypeScript 5.9, 6.0).
Object.defineProperty(PagePromise.prototype, Symbol.asyncIterator, {
  value: PagePromise.prototype.items,
  writable: true,
  configurable: true,
});

/** A paginated call: the first page as asked for, the next ones by counting up the page parameter. */
export function paginate<Page, Item>(
  transport: Transport,
  spec: PaginatedOperationSpec,
  params: object = {},
  options: RequestOptions = {},
): PagePromise<Page, Item> {
  const { pagination } = spec;
  const start = Number((params as Record<string, unknown>)[pagination.page] ?? 1);
  const fetchPage = (page: number): ApiPromise<Page> =>
    transport.request<Page>(spec, { ...params, [pagination.page]: page }, options);
  return new PagePromise<Page, Item>(transport.send<Page>(spec, params, options), start, fetchPage, pagination);
}
