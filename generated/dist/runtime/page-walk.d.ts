import { ApiError, type CallSite } from './errors.js';
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
export declare class RepeatedPageError extends ApiError {
    /** The page asked for, and the one it repeated. */
    readonly page: number;
    readonly repeated: number;
    constructor(page: number, site: CallSite);
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
export declare class PageWalk<Page, Item> {
    #private;
    constructor(source: WalkSource<Page>);
    /** Moves to the next page, the first one to begin with; false once the listing has ended. */
    turn(): Promise<boolean>;
    /** The page the walk is on. */
    page(): Page;
    count(): number;
    item(index: number): Item;
}
