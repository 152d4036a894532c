import type { ApiPromise, PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { AssignmentResponse, CreateAssignmentResponse, CreateTagAssignmentParams, DeleteTagAssignmentParams, FindAssignmentResponse, GetTagAssignmentParams, ListAssignmentResponse, ListTagAssignmentsParams } from './types.js';
/**
 * Operations on Tag Assignments.
 *
 * Which resources carry which tag.
 */
export declare class TagAssignments {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List a tag's assignments
     *
     * Returns one page of the resources a tag is assigned to; `resourceType` filters by substring.
     *
     * `GET /v1/tags/{tagId}/assignments` (listTagAssignments)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params: ListTagAssignmentsParams, options?: RequestOptions): PagePromise<ListAssignmentResponse, AssignmentResponse>;
    /**
     * Get a tag assignment
     *
     * Returns the assignment of a tag to one resource, identified by resource type and id.
     *
     * `GET /v1/tags/{tagId}/assignments/{resourceType}/{resourceId}` (getTagAssignment)
     */
    get(params: GetTagAssignmentParams, options?: RequestOptions): ApiPromise<FindAssignmentResponse>;
    /**
     * Assign a tag to a resource
     *
     * Assigns a tag to a resource. Roles with resource permissions grant access to the resources carrying their tags.
     *
     * `POST /v1/tags/{tagId}/assignments/{resourceType}/{resourceId}` (createTagAssignment)
     */
    create(params: CreateTagAssignmentParams, options?: RequestOptions): ApiPromise<CreateAssignmentResponse>;
    /**
     * Remove a tag from a resource
     *
     * Removes a tag from a resource. Users whose access to the resource came from this tag lose it.
     *
     * `DELETE /v1/tags/{tagId}/assignments/{resourceType}/{resourceId}` (deleteTagAssignment)
     */
    delete(params: DeleteTagAssignmentParams, options?: RequestOptions): ApiPromise<undefined>;
}
