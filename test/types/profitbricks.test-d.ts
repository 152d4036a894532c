import { describe, expectTypeOf, it } from 'vitest';
import type {
  Accepted,
  ApiPromise,
  Datacenter,
  DatacenterEntities,
  Datacenters,
  Error2,
  GetDatacenterError,
  GetDatacenterParams,
  ProfitBricksClient,
  Reference,
  RequestStatus,
  RequestStatusEntities,
  ResourceMetadata,
  Server,
  ServerProperties,
  SnapshotProperties,
  Transport,
  VolumeProperties,
} from '../../generated/src/profitbricks/index.ts';
import {
  ClientError,
  NotFoundError,
  ServerError,
  StatusError,
  UnprocessableEntityError,
} from '../../generated/src/profitbricks/index.ts';
import type { getDatacenter as GetDatacenter } from '../../generated/src/profitbricks/index.ts';

declare const client: ProfitBricksClient;
declare const transport: Transport;
declare const getDatacenter: typeof GetDatacenter;

describe('depth-aware response types', () => {
  it('lists references at depth 0 and full items from depth 1', async () => {
    expectTypeOf(client.datacenters.list()).toEqualTypeOf<ApiPromise<Datacenters<1>>>();
    const atZero = await client.datacenters.list({ depth: 0 });
    expectTypeOf<NonNullable<typeof atZero.items>[number]>().toEqualTypeOf<Reference>();
    const atOne = await client.datacenters.list({ depth: 1 });
    expectTypeOf<(typeof atOne.items)[number]>().toEqualTypeOf<Datacenter<0>>();
  });

  it('follows the depth argument into nested entities', async () => {
    const shallow = await client.datacenters.get({ dataCenterId: 'x' });
    expectTypeOf(shallow.entities!.servers!).not.toHaveProperty('items');
    const one = await client.datacenters.get({ dataCenterId: 'x', depth: 1 });
    expectTypeOf(one.entities!.servers!.items).toEqualTypeOf<Reference[]>();
    const two = await client.datacenters.get({ dataCenterId: 'x', depth: 2 });
    expectTypeOf(two.entities!.servers!.items).toEqualTypeOf<Server<0>[]>();
    expectTypeOf(two.entities!.servers!.items[0]!.properties!).toHaveProperty('name');
  });
});

describe('fields a response may leave out', () => {
  it('are optional on resources: only id, type and href are always there', () => {
    expectTypeOf<Pick<Datacenter, 'id' | 'type' | 'href'>>().toEqualTypeOf<{
      id: string;
      type: 'datacenter';
      href: string;
    }>();
    expectTypeOf<Datacenter<2>['entities']>().toEqualTypeOf<DatacenterEntities<2> | undefined>();
    expectTypeOf<Datacenter['metadata']>().toEqualTypeOf<ResourceMetadata | undefined>();
    expectTypeOf<Server<1>['properties']>().toEqualTypeOf<ServerProperties<1> | undefined>();
    // A basic create's 202 body has no entities: reading them unchecked must not compile.
    type Created = Awaited<ReturnType<typeof client.datacenters.create>>['resource'];
    // @ts-expect-error entities may be absent
    void ((r: Created) => r.entities.servers);
  });

  it('are optional on a request status, which requires nothing', () => {
    type Status = Awaited<ReturnType<typeof client.requests.wait>>;
    expectTypeOf<Status['entities']>().toEqualTypeOf<RequestStatusEntities | undefined>();
    expectTypeOf<Status['id']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error entities may be absent
    void ((s: Status) => s.entities.targets);
  });

  it('admit null where the reference shows it', () => {
    expectTypeOf<NonNullable<VolumeProperties['bus']>>().toEqualTypeOf<'VIRTIO' | 'IDE'>();
    expectTypeOf<null>().toMatchTypeOf<VolumeProperties['bus']>();
    expectTypeOf<null>().toMatchTypeOf<VolumeProperties['deviceNumber']>();
    expectTypeOf<null>().toMatchTypeOf<VolumeProperties['imagePassword']>();
    expectTypeOf<null>().toMatchTypeOf<VolumeProperties['sshKeys']>();
    expectTypeOf<null>().toMatchTypeOf<SnapshotProperties['licenceType']>();
    expectTypeOf<null>().toMatchTypeOf<ServerProperties['vmState']>();
  });

  it('rejects depths outside 0 to 10', () => {
    // @ts-expect-error depth 11 is not a Depth
    void client.datacenters.get({ dataCenterId: 'x', depth: 11 });
  });
});

describe('asynchronous writes', () => {
  it('resolve to an accepted handle, or with wait to the finished resource', () => {
    const body = { properties: { name: 'dc', location: 'de/fra' } } as const;
    expectTypeOf(client.datacenters.create({ body })).toEqualTypeOf<ApiPromise<Accepted<Datacenter, Datacenter>>>();
    expectTypeOf(client.datacenters.create({ body }, { wait: true })).toEqualTypeOf<Promise<Datacenter>>();
    expectTypeOf(client.datacenters.delete({ dataCenterId: 'x' }, { wait: { timeoutMs: 1000 } })).toEqualTypeOf<
      Promise<undefined>
    >();
    expectTypeOf(client.requests.wait('id')).toEqualTypeOf<Promise<RequestStatus>>();
  });
});

describe('conditional reads', () => {
  it('may resolve to undefined whenever If-None-Match may be sent', async () => {
    expectTypeOf(client.datacenters.get({ dataCenterId: 'x' })).toEqualTypeOf<ApiPromise<Datacenter<0>>>();
    expectTypeOf(client.datacenters.get({ dataCenterId: 'x', ifNoneMatch: undefined })).toEqualTypeOf<
      ApiPromise<Datacenter<0>>
    >();
    expectTypeOf(client.datacenters.get({ dataCenterId: 'x', ifNoneMatch: 'etag' })).toEqualTypeOf<
      ApiPromise<Datacenter<0> | undefined>
    >();
    // The ETag a caller holds, from withResponse(), may be undefined: passing it may still send the condition.
    const { etag } = await client.datacenters.get({ dataCenterId: 'x' }).withResponse();
    expectTypeOf(etag).toEqualTypeOf<string | undefined>();
    expectTypeOf(client.datacenters.get({ dataCenterId: 'x', ifNoneMatch: etag })).toEqualTypeOf<
      ApiPromise<Datacenter<0> | undefined>
    >();
    expectTypeOf(client.datacenters.get({ dataCenterId: 'x', depth: 2, ifNoneMatch: etag })).toEqualTypeOf<
      ApiPromise<Datacenter<2> | undefined>
    >();
    // Params built ahead of the call, as their type allows a condition.
    const params: GetDatacenterParams<1> = { dataCenterId: 'x', depth: 1 };
    expectTypeOf(client.datacenters.get(params)).toEqualTypeOf<ApiPromise<Datacenter<1> | undefined>>();
    // Lists and operation functions alike.
    expectTypeOf(client.datacenters.list()).toEqualTypeOf<ApiPromise<Datacenters<1>>>();
    expectTypeOf(client.datacenters.list({ ifNoneMatch: etag })).toEqualTypeOf<
      ApiPromise<Datacenters<1> | undefined>
    >();
    expectTypeOf(getDatacenter(transport, { dataCenterId: 'x', ifNoneMatch: etag })).toEqualTypeOf<
      ApiPromise<Datacenter<0> | undefined>
    >();
    expectTypeOf(getDatacenter(transport, { dataCenterId: 'x' })).toEqualTypeOf<ApiPromise<Datacenter<0>>>();
  });
});

describe('typed errors', () => {
  it('export the error responses an operation declares, each with the body the spec gives it', () => {
    expectTypeOf<GetDatacenterError>().toMatchTypeOf<StatusError>();
    expectTypeOf<GetDatacenterError['status']>().toEqualTypeOf<
      400 | 401 | 403 | 404 | 405 | 415 | 422 | 429 | number
    >();
    expectTypeOf<GetDatacenterError['body']>().toEqualTypeOf<Error2 | undefined>();
    type Message = NonNullable<GetDatacenterError['body']>['messages'][number];
    expectTypeOf<Message['errorCode']>().toEqualTypeOf<string>();
    expectTypeOf<Message['message']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<GetDatacenterError['body']>['httpStatus']>().toEqualTypeOf<number>();
  });

  it('narrow by instanceof and by status', () => {
    const error = {} as GetDatacenterError;
    if (error instanceof NotFoundError) {
      expectTypeOf(error.status).toEqualTypeOf<404>();
      expectTypeOf(error.body).toEqualTypeOf<Error2 | undefined>();
      expectTypeOf(error.body?.messages[0]?.errorCode).toEqualTypeOf<string | undefined>();
    }
    if (error instanceof UnprocessableEntityError) expectTypeOf(error.status).toEqualTypeOf<422>();
    if (error.status === 422) expectTypeOf(error.body).toEqualTypeOf<Error2 | undefined>();
    if (error instanceof ClientError)
      expectTypeOf(error.status).toEqualTypeOf<400 | 401 | 403 | 404 | 405 | 415 | 422 | 429>();
    if (error instanceof ServerError) expectTypeOf(error.status).toEqualTypeOf<number>();
  });

  it('leave the body unknown where nothing says which call failed', () => {
    const caught: unknown = undefined;
    if (caught instanceof NotFoundError) {
      expectTypeOf(caught.body).toEqualTypeOf<unknown>();
      expectTypeOf(caught.status).toEqualTypeOf<404>();
    }
    if (caught instanceof StatusError) expectTypeOf(caught.text).toEqualTypeOf<string | undefined>();
  });
});
