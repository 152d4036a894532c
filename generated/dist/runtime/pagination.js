import { ApiPromise } from './api-promise.js';
import { valueAt } from './pointer.js';
/**
 * A paginated call. Await it for the first page; iterate it with `for await`
 * for every item across pages, fetched lazily one page at a time so memory
 * stays flat; `pages()` walks whole pages; `collect()` gathers a bounded list.
 */
export class PagePromise extends ApiPromise {
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
        for (;;) {
            yield page;
            const items = valueAt(page, this.#spec.items);
            const total = this.#spec.totalPages ? Number(valueAt(page, this.#spec.totalPages)) : NaN;
            if (!Array.isArray(items) || items.length === 0)
                return;
            if (Number.isFinite(total) && number >= total)
                return;
            number++;
            page = await this.#fetchPage(number);
        }
    }
    async *[Symbol.asyncIterator]() {
        for await (const page of this.pages()) {
            const items = valueAt(page, this.#spec.items);
            if (Array.isArray(items))
                yield* items;
        }
    }
    /** Up to `limit` items across pages. */
    async collect({ limit = 1000 } = {}) {
        const out = [];
        if (limit <= 0)
            return out;
        for await (const item of this) {
            out.push(item);
            if (out.length >= limit)
                break;
        }
        return out;
    }
}
