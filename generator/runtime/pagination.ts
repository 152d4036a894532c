import { ApiPromise, type ApiResult, type Sent } from './api-promise.js';
import type { CallSite } from './errors.js';
import type { PaginatedOperationSpec } from './operation.js';
import { PageWalk, type PaginationSpec } from './page-walk.js';
import type { RequestOptions } from './options.js';
import { siteOf, type Transport } from './transport.js';

export interface CollectOptions {
  /** Stop after this many items (default 1,000): collecting is for bounded lists. */
  readonly limit?: number;
}

/** How a PagePromise reaches pages beyond the first. */
export interface PageSource<Page> {
  readonly firstPage: number;
  readonly fetch: (page: number) => ApiPromise<Page>;
  readonly spec: PaginationSpec;
  /** The page parameter's name in the query. */
  readonly pageName: string | undefined;
  /** Where the listing is, for errors. */
  readonly site: () => CallSite;
}

/**
 * A paginated call. Await it for the first page; iterate it with `for await`
 * for every item across pages, fetched lazily one page at a time so memory
 * stays flat; `pages()` walks whole pages; `collect()` gathers a bounded list.
 * A walk ends on the count of pages, an empty page, or links that lead no
 * further; a server that repeats a page ends it with RepeatedPageError.
 */
export interface PagePromise<Page, Item> extends AsyncIterable<Item> {}

export class PagePromise<Page, Item> extends ApiPromise<Page> {
  readonly #sent: Promise<Sent<Page>>;
  readonly #source: PageSource<Page>;
  /** Whether the first page was asked for (and is kept), or read by a walk (and is not). */
  #asked = false;
  #walked = false;
  #again: Promise<ApiResult<Page>> | undefined;

  constructor(first: Promise<Sent<Page>>, source: PageSource<Page>) {
    super(first);
    this.#sent = first;
    this.#source = source;
  }

  /**
   * After a walk has read the first page without keeping it, the first page
   * is fetched again when asked for: keeping it would hold one page in memory
   * for as long as the walk goes on.
   */
  override withResponse(): Promise<ApiResult<Page>> {
    this.#asked = true;
    if (!this.#walked) return super.withResponse();
    this.#again ??= this.#source.fetch(this.#source.firstPage).withResponse();
    return this.#again;
  }

  /** Awaiting asks for the first page as withResponse() does: after a walk, it is fetched again. */
  protected override read(): Promise<Page> {
    this.#asked = true;
    return this.#walked ? this.withResponse().then((r) => r.data) : super.read();
  }

  /**
   * The first page, for a walk: the kept result if anyone asked before, else
   * read without keeping it. Afterwards the body is spent, and asking for the
   * first page fetches it again.
   */
  async #first(): Promise<Page> {
    if (this.#asked || this.#walked) return (await this.withResponse()).data;
    this.#walked = true;
    return (await this.#sent).parse();
  }

  #walk(): PageWalk<Page, Item> {
    return new PageWalk<Page, Item>({
      ...this.#source,
      first: () => this.#first(),
    });
  }

  /** Every page from the first one asked for, until the last. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    const walk = this.#walk();
    while (await walk.turn()) yield walk.page();
  }

  /**
   * Every item across pages, fetched lazily; what `for await` walks. Only the
   * page being walked is held: nothing refers to the one before while the
   * next is fetched, so memory stays at about one page however many there are.
   */
  async *items(): AsyncGenerator<Item, void, undefined> {
    const walk = this.#walk();
    while (await walk.turn()) {
      for (let i = 0; i < walk.count(); i++) yield walk.item(i);
    }
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
  const firstPage = Number((params as Record<string, unknown>)[pagination.page] ?? 1);
  return new PagePromise<Page, Item>(transport.send<Page>(spec, params, options), {
    firstPage,
    fetch: (page) => transport.request<Page>(spec, { ...params, [pagination.page]: page }, options),
    spec: pagination,
    pageName: spec.params?.[pagination.page]?.name,
    site: () => siteOf(transport, spec, params),
  });
}
