import type { ApiPromise, PagePromise, RequestOptions, Transport } from '../runtime/index.js';
import type { CreateSecretParams, CreateSecretResponse, DeleteSecretParams, FindSecretResponse, GetSecretParams, ListSecretResponse, ListSecretsParams, SecretResponse, UpdateSecretParams, UpdateSecretResponse } from './types.js';
/**
 * Operations on Secrets.
 *
 * Stored passwords and SSH public keys, referenced by id when installing instances.
 */
export declare class Secrets {
    #private;
    /** @internal Created by the client; reach the group as a client property. */
    constructor(transport: Transport);
    /**
     * List secrets
     *
     * Returns one page of the stored passwords and SSH keys. Filter by name and type.
     *
     * `GET /v1/secrets` (listSecrets)
     *
     * Await it for the first page; iterate it with `for await` for every item across pages.
     */
    list(params?: ListSecretsParams, options?: RequestOptions): PagePromise<ListSecretResponse, SecretResponse>;
    /**
     * Create a secret
     *
     * Stores a password or an SSH public key. A password needs upper- and lower-case letters and either one digit and two special characters or three digits and one special character (from `!@#$^&*?_~`), at least 8 characters in all.
     *
     * `POST /v1/secrets` (createSecret)
     */
    create(params: CreateSecretParams, options?: RequestOptions): ApiPromise<CreateSecretResponse>;
    /**
     * Get a secret
     *
     * Returns one secret, including its value.
     *
     * `GET /v1/secrets/{secretId}` (getSecret)
     */
    get(params: GetSecretParams, options?: RequestOptions): ApiPromise<FindSecretResponse>;
    /**
     * Delete a secret
     *
     * Deletes a secret.
     *
     * `DELETE /v1/secrets/{secretId}` (deleteSecret)
     */
    delete(params: DeleteSecretParams, options?: RequestOptions): ApiPromise<undefined>;
    /**
     * Update a secret
     *
     * Changes the name and/or value of a secret; its type cannot change.
     *
     * `PATCH /v1/secrets/{secretId}` (updateSecret)
     */
    update(params: UpdateSecretParams, options?: RequestOptions): ApiPromise<UpdateSecretResponse>;
}
