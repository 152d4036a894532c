/**
 * A small program as a user of `cloud-api-clients` writes it. The consumer
 * test copies it into a fresh project (as `src/app.ts`) that has only the
 * packed package installed, type-checks it under the strictest flags with
 * NodeNext and Bundler resolution and TypeScript 5.9 and 7, then runs it
 * against local fake servers.
 *
 * Kept as `.mts` in this repo because the repo's own tsconfig includes
 * `test/**\/*.ts`, where `cloud-api-clients` does not resolve. No Node types:
 * it must compile with lib ES2022 + DOM only.
 */
import { ContaboClient, NotFoundError, type InstanceResponse } from 'cloud-api-clients/contabo';
import {
  ApiError,
  NotFoundError as ProfitBricksNotFoundError,
  ProfitBricksClient,
  type Datacenter,
} from 'cloud-api-clients/profitbricks';
import type { Depth } from 'cloud-api-clients/runtime';

export interface Endpoints {
  readonly contaboUrl: string;
  readonly contaboAuthUrl: string;
  readonly profitbricksUrl: string;
}

export interface Failure {
  readonly name: string;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly message: string;
}

export interface Summary {
  readonly instances: readonly { readonly id: number; readonly name: string }[];
  readonly missingInstance: Failure | undefined;
  readonly datacenterName: string | undefined;
  readonly serverNames: readonly string[];
  readonly etag: string | undefined;
  readonly created: { readonly id: string; readonly name: string | undefined; readonly state: string | undefined };
  readonly missingDatacenter: Failure | undefined;
  readonly oneErrorHierarchy: boolean;
}

/** Failures of the expected kind become data; anything else is rethrown. */
function failure(error: unknown): Failure {
  if (error instanceof NotFoundError) {
    return { name: error.name, status: error.status, requestId: error.requestId, message: error.message };
  }
  throw error;
}

export async function main(endpoints: Endpoints): Promise<Summary> {
  const contabo = new ContaboClient({
    clientId: 'consumer-client',
    clientSecret: 'consumer-secret',
    username: 'consumer@example.com',
    password: 'consumer-password',
    authUrl: endpoints.contaboAuthUrl,
    baseUrl: endpoints.contaboUrl,
    maxRetries: 0,
  });
  const profitbricks = new ProfitBricksClient({
    username: 'pb-user',
    password: 'pb-password',
    contractNumber: 31415,
    baseUrl: endpoints.profitbricksUrl,
    maxRetries: 0,
  });

  // Every instance across pages, fetched lazily.
  const instances: { id: number; name: string }[] = [];
  for await (const instance of contabo.instances.list({ size: 2 })) {
    const typed: InstanceResponse = instance;
    instances.push({ id: typed.instanceId, name: typed.displayName });
  }

  let missingInstance: Failure | undefined;
  try {
    await contabo.instances.get({ instanceId: 404 });
  } catch (error) {
    missingInstance = failure(error);
  }

  // A read with depth 2: servers are expanded, with their properties typed.
  const depth = 2 satisfies Depth;
  const { data: datacenter, etag } = await profitbricks.datacenters.get({ dataCenterId: 'dc-1', depth }).withResponse();
  const serverNames = (datacenter.entities?.servers?.items ?? []).map((server) => server.properties?.name ?? '?');

  // An asynchronous write, awaited until the API reports it DONE; resolves to the resource read back.
  const created: Datacenter = await profitbricks.datacenters.create(
    { body: { properties: { name: 'consumer-dc', location: 'de/fra' } } },
    { wait: true },
  );

  let missingDatacenter: Failure | undefined;
  try {
    await profitbricks.datacenters.get({ dataCenterId: 'missing' });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    missingDatacenter = failure(error);
  }

  return {
    instances,
    missingInstance,
    datacenterName: datacenter.properties?.name,
    serverNames,
    etag,
    created: { id: created.id, name: created.properties?.name, state: created.metadata?.state },
    missingDatacenter,
    // Both entries share one runtime: an error class from one is the class of the other.
    oneErrorHierarchy: (NotFoundError as unknown) === ProfitBricksNotFoundError,
  };
}

/** Compile-time only: at the default depth 0 nested collections are references without items. */
export function shallowServers(datacenter: Datacenter): unknown {
  // @ts-expect-error items are there only from depth 1
  return datacenter.entities?.servers?.items;
}
