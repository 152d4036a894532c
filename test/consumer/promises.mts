/**
 * A program that leans on what the package's README promises beyond the
 * happy path, as a user writes it (copied into the fresh project as
 * `src/promises.ts`, type-checked and run like app.mts): listings that end
 * on their links and leave the first page as it was, a static mock's
 * repeated page, layered headers, a read whose body breaks off, one token
 * renewal for many refused calls, error bodies typed from the spec, the
 * type of a conditional read, and the handle of a 202 whose body broke off.
 */
import { ContaboClient, RepeatedPageError, StatusError, type GetInstanceError } from 'cloud-api-clients/contabo';
import {
  ProfitBricksClient,
  RepeatedPageError as SharedRepeatedPageError,
  UnprocessableEntityError,
  type CreateDatacenterError,
  type Datacenter,
} from 'cloud-api-clients/profitbricks';

import type { Endpoints as AppEndpoints } from './app.js';

export interface Endpoints extends AppEndpoints {
  readonly credentials: {
    readonly clientId: string;
    readonly clientSecret: string;
    readonly username: string;
    readonly password: string;
  };
}

export async function main(endpoints: Endpoints): Promise<Record<string, unknown>> {
  const contabo = new ContaboClient({
    ...endpoints.credentials,
    authUrl: endpoints.contaboAuthUrl,
    baseUrl: endpoints.contaboUrl,
    traceId: 'client-trace',
    headers: { 'X-Client': 'promises', Accept: 'application/json' },
  });
  const profitbricks = new ProfitBricksClient({
    username: 'pb-user',
    password: 'pb-password',
    baseUrl: endpoints.profitbricksUrl,
    maxRetries: 0,
  });

  // The call's Accept over the client's; its null drops the client's trace id.
  const read = await contabo.instances
    .get({ instanceId: 101 }, { headers: { accept: 'application/vnd.promises+json', 'x-trace-id': null } })
    .withResponse();

  // A Contabo error body, typed as the operation declares it.
  let missing: unknown;
  try {
    await contabo.instances.get({ instanceId: 999 });
  } catch (caught) {
    if (!(caught instanceof StatusError)) throw caught;
    const error = caught as GetInstanceError;
    missing = error.status === 404 ? error.body?.['message'] : undefined;
  }

  // Three calls refused at different times for one expired token: renewed once.
  const renewed = await Promise.all([201, 202, 203].map((instanceId) => contabo.instances.get({ instanceId })));

  // A read whose body breaks off is sent again.
  const retried = await contabo.instances.get({ instanceId: 102 });

  // A listing without counts ends on its links; the first page stays as handed out.
  const listing = contabo.instances.list({ size: 2 });
  const first = await listing;
  const walked: number[] = [];
  for await (const instance of listing) walked.push(instance.instanceId);

  // A static mock answers every page with the first: the walk ends with an error, not for ever.
  let repeated: unknown;
  try {
    for await (const image of contabo.images.list()) void image.imageId;
  } catch (error) {
    if (!(error instanceof RepeatedPageError)) throw error;
    repeated = { page: error.page, repeated: error.repeated, shared: error instanceof SharedRepeatedPageError };
  }

  // A ProfitBricks 422 with the v4 error body, typed.
  let invalid: unknown;
  try {
    await profitbricks.datacenters.create({ body: { properties: { name: 'nowhere' } } as never });
  } catch (caught) {
    if (!(caught instanceof StatusError)) throw caught;
    const error = caught as CreateDatacenterError;
    if (!(error instanceof UnprocessableEntityError)) throw error;
    invalid = error.body?.messages.map(({ errorCode, message }) => ({ errorCode, message }));
  }

  // A conditional read with the ETag as held: typed as possibly undefined, and undefined on 304.
  const { etag } = await profitbricks.datacenters.get({ dataCenterId: 'dc-1' }).withResponse();
  const unchanged: Datacenter | undefined = await profitbricks.datacenters.get({
    dataCenterId: 'dc-1',
    ifNoneMatch: etag,
  });

  // A create whose 202 breaks off: the handle from its headers, and a wait that reads the data center back.
  const accepted = await profitbricks.datacenters.create({
    body: { properties: { name: 'consumer-dc', location: 'de/fra' } },
  });
  const done = await accepted.wait({ intervalMs: 1 });

  return {
    read: { id: read.data.data[0]?.instanceId, requestId: read.requestId },
    missing,
    renewed: renewed.map((r) => r.data[0]?.instanceId),
    retried: retried.data[0]?.instanceId,
    walked,
    firstPage: first.data.map((i) => i.instanceId),
    repeated,
    invalid,
    unchanged: unchanged === undefined,
    accepted: { resource: accepted.resource === undefined, requestId: accepted.requestId, location: accepted.location },
    done: { id: done.id, state: done.metadata?.state },
  };
}

/** Compile-time only: a read that may send If-None-Match may resolve to undefined, one that cannot does not. */
export async function conditionalTypes(
  profitbricks: ProfitBricksClient,
  etag: string | undefined,
): Promise<Datacenter> {
  // @ts-expect-error the etag may be a string, so the read may answer 304 with nothing
  const maybe: Datacenter = await profitbricks.datacenters.get({ dataCenterId: 'dc-1', ifNoneMatch: etag });
  void maybe;
  return profitbricks.datacenters.get({ dataCenterId: 'dc-1' });
}
