import { describe, expectTypeOf, it } from 'vitest';
import type {
  Accepted,
  ApiPromise,
  Datacenter,
  DatacenterEntities,
  Datacenters,
  ProfitBricksClient,
  Reference,
  RequestStatus,
  RequestStatusEntities,
  ResourceMetadata,
  Server,
  ServerProperties,
  SnapshotProperties,
  VolumeProperties,
} from '../../generated/src/profitbricks/index.ts';

declare const client: ProfitBricksClient;

describe('depth-aware response types', () => {
  it('lists references at depth 0 and full items from depth 1', () => {
    expectTypeOf(client.datacenters.list()).toEqualTypeOf<ApiPromise<Datacenters<1>>>();
    type AtZero = Awaited<ReturnType<typeof client.datacenters.list<0>>>;
    expectTypeOf<NonNullable<AtZero['items']>[number]>().toEqualTypeOf<Reference>();
    type AtOne = Awaited<ReturnType<typeof client.datacenters.list<1>>>;
    expectTypeOf<AtOne['items'][number]>().toEqualTypeOf<Datacenter<0>>();
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
    expectTypeOf<Pick<Datacenter, 'id' | 'type' | 'href'>>().toEqualTypeOf<{ id: string; type: 'datacenter'; href: string }>();
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
    expectTypeOf(client.datacenters.delete({ dataCenterId: 'x' }, { wait: { timeoutMs: 1000 } })).toEqualTypeOf<Promise<undefined>>();
    expectTypeOf(client.requests.wait('id')).toEqualTypeOf<Promise<RequestStatus>>();
  });
});

describe('conditional reads', () => {
  it('may resolve to undefined only when If-None-Match is sent', () => {
    expectTypeOf(client.datacenters.get({ dataCenterId: 'x' })).toEqualTypeOf<ApiPromise<Datacenter<0>>>();
    expectTypeOf(client.datacenters.get({ dataCenterId: 'x', ifNoneMatch: 'etag' })).toEqualTypeOf<ApiPromise<Datacenter<0> | undefined>>();
  });
});
