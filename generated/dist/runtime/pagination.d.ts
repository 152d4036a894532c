import { ApiPromise, type ApiResult, type Sent } from './api-promise.js';
import type { CallSite } from './errors.js';
import type { PaginatedOperationSpec } from './operation.js';
import { type PaginationSpec } from './page-walk.js';
import type { RequestOptions } from './options.js';
import { type Transport } from './transport.js';
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
export interface PagePromise<Page, Item> extends AsyncIterable<Item> {
}
export declare class PagePromise<Page, Item> extends ApiPromise<Page> {
    #private;
    constructor(first: Promise<Sent<Page>>, source: PageSource<Page>);
    /**
     * After a walk has read the first page without keeping it, the first page
     * is fetched again when asked for: keeping it would hold one page in memory
     * for as long as the walk goes on.
     */
    withResponse(): Promise<ApiResult<Page>>;
    /** Awaiting asks for the first page as withResponse() does: after a walk, it is fetched again. */
    protected read(): Promise<Page>;
    /** Every page from the first one asked for, until the last. */
    pages(): AsyncGenerator<Page, void, undefined>;
    /**
     * Every item across pages, fetched lazily; what `for await` walks. Only the
     * page being walked is held: nothing refers to the one before while the
     * next is fetched, so memory stays at about one page however many there are.
     */
    items(): AsyncGenerator<Item, void, undefined>;
    /** Up to `limit` items across pages. */
    collect({ limit }?: CollectOptions): Promise<Item[]>;
}
/** A paginated call: the first page as asked for, the next ones by counting up the page parameter. */
export declare function paginate<Page, Item>(transport: Transport, spec: PaginatedOperationSpec, params?: object, options?: RequestOptions): PagePromise<Page, Item>;
