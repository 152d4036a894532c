import type { ApiPromise, PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateTagParams, CreateTagResponse, DeleteTagParams, FindTagResponse, GetTagParams, ListTagResponse, ListTagsParams, TagResponse, UpdateTagParams, UpdateTagResponse } from './types.js';
/**
 * Operations on Tags.
 *
 * Tags that label resources and scope resource permissions of roles.
 */
export declare class Tags {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List tags
     *
     * Returns one page of the tags in the account; `name` filters by substring.
     *
     * `GET /v1/tags` (listTags)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListTagsParams, options?: RequestOptions): PagePromise<ListTagResponse, TagResponse>;
    /**
     * Create a tag
     *
     * Creates a tag with a name and a display color (hex, `#0A78C3` unless given).
     *
     * `POST /v1/tags` (createTag)
     */
    create(params: CreateTagParams, options?: RequestOptions): ApiPromise<CreateTagResponse>;
    /**
     * Get a tag
     *
     * Returns one tag.
     *
     * `GET /v1/tags/{tagId}` (getTag)
     */
    get(params: GetTagParams, options?: RequestOptions): ApiPromise<FindTagResponse>;
    /**
     * Delete a tag
     *
     * Deletes a tag. Only a tag that is assigned to no resource can be deleted.
     *
     * `DELETE /v1/tags/{tagId}` (deleteTag)
     */
    delete(params: DeleteTagParams, options?: RequestOptions): ApiPromise<undefined>;
    /**
     * Update a tag
     *
     * Changes the name, color and/or description of a tag; fields left out keep their value.
     *
     * `PATCH /v1/tags/{tagId}` (updateTag)
     */
    update(params: UpdateTagParams, options?: RequestOptions): ApiPromise<UpdateTagResponse>;
}
