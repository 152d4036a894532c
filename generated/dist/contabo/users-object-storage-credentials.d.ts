import type { ApiPromise, PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { CredentialData, FindCredentialResponse, GetObjectStorageCredentialParams, ListCredentialResponse, ListObjectStorageCredentialsParams, RegenerateObjectStorageCredentialParams } from './types.js';
/**
 * Operations on Users Object Storage Credentials.
 *
 * A user's S3 credentials for the object storages.
 */
export declare class UsersObjectStorageCredentials {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List a user's S3 credentials
     *
     * Returns one page of the user's S3 credentials (access key and secret key) for the object storages, for use with S3 tools.
     *
     * `GET /v1/users/{userId}/object-storages/credentials` (listObjectStorageCredentials)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params: ListObjectStorageCredentialsParams, options?: RequestOptions): PagePromise<ListCredentialResponse, CredentialData>;
    /**
     * Get an S3 credential
     *
     * Returns one S3 credential of a user for an object storage.
     *
     * `GET /v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}` (getObjectStorageCredential)
     */
    get(params: GetObjectStorageCredentialParams, options?: RequestOptions): ApiPromise<FindCredentialResponse>;
    /**
     * Regenerate an S3 secret key
     *
     * Replaces the secret key of a user's S3 credential with a new one and returns it.
     *
     * `PATCH /v1/users/{userId}/object-storages/{objectStorageId}/credentials/{credentialId}` (regenerateObjectStorageCredential)
     */
    regenerate(params: RegenerateObjectStorageCredentialParams, options?: RequestOptions): ApiPromise<FindCredentialResponse>;
}
