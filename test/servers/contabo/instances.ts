import type { ServerResponse } from 'node:http';
import type { FakeInstance, ListingStyle, ServerState } from './model.ts';
import { send } from './send.ts';

/** The spec's pattern for `x-request-id`. */
const REQUEST_ID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-5][0-9A-Fa-f]{3}-[089abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;

/** An API request, as the routes see it. */
export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  readonly headers: Record<string, string | undefined>;
  readonly body: string;
  readonly res: ServerResponse;
}

type AddInstance = (init?: Partial<Omit<FakeInstance, 'reads'>>) => FakeInstance;

/** Adds instances to the account, numbered from 100 unless the init names an id; a new one is running unless told otherwise. */
export function instanceAdder(state: ServerState): AddInstance {
  let nextId = 100;
  return (init = {}) => {
    const instanceId = init.instanceId ?? nextId++;
    const instance: FakeInstance = {
      instanceId,
      name: `vmd${instanceId}`,
      displayName: `instance ${instanceId}`,
      statuses: ['running'],
      productId: 'V92',
      region: 'EU',
      imageId: 'afecbb85-e2fc-46f0-9684-b46b1faf00bb',
      ...init,
      reads: 0,
    };
    state.instances.set(instanceId, instance);
    return instance;
  };
}

/**
 * The compute API: every call needs a live bearer token and a UUID
 * `x-request-id`, which every answer echoes. Listings are paginated in the
 * style the options give; an instance's status moves on with every read.
 */
export function instancesApi(
  state: ServerState,
  listing: ListingStyle,
  addInstance: AddInstance,
): (call: ApiCall) => void {
  return (call) => {
    const requestId = call.headers['x-request-id'];
    const echo = requestId ? { 'x-request-id': requestId } : {};
    const auth = /^Bearer (.+)$/.exec(call.headers['authorization'] ?? '');
    const issued = auth ? state.tokens.get(auth[1]!) : undefined;
    if (!issued || issued.expiresAt <= Date.now()) {
      return send(call.res, 401, { statusCode: 401, message: issued ? 'Token expired' : 'Unauthorized' }, echo);
    }
    if (!requestId || !REQUEST_ID.test(requestId)) {
      return send(call.res, 400, { statusCode: 400, message: ['x-request-id must be a UUID'] }, echo);
    }
    if (call.path === '/v1/compute/instances' && call.method === 'GET')
      return send(call.res, 200, page(state, listing, call.query), echo);
    if (call.path === '/v1/compute/instances' && call.method === 'POST') return create(call, addInstance, echo);
    const one = /^\/v1\/compute\/instances\/([^/]+)$/.exec(call.path);
    const instance = one ? state.instances.get(Number(one[1])) : undefined;
    if (one && !instance)
      return send(
        call.res,
        404,
        { statusCode: 404, message: `Entry Instances not found by instanceId ${one[1]}` },
        echo,
      );
    const self = `${call.path}${Object.keys(call.query).length ? `?${new URLSearchParams(call.query as Record<string, string>)}` : ''}`;
    if (instance && call.method === 'GET') {
      const status = instance.statuses[Math.min(instance.reads, instance.statuses.length - 1)]!;
      instance.reads++;
      return send(call.res, 200, { data: [view(instance, status)], _links: { self } }, echo);
    }
    if (instance && call.method === 'PATCH') {
      const input = JSON.parse(call.body || '{}') as { displayName?: string };
      if (input.displayName !== undefined) instance.displayName = input.displayName;
      const { tenantId, customerId, instanceId } = view(instance, 'running');
      return send(
        call.res,
        200,
        { data: [{ tenantId, customerId, instanceId, createdDate: new Date(0).toISOString() }], _links: { self } },
        echo,
      );
    }
    send(call.res, 404, { statusCode: 404, message: 'Not Found' }, echo);
  };
}

/** One page of instances, in the envelope and with the links the listing style gives. */
function page(
  state: ServerState,
  listing: ListingStyle,
  query: Record<string, string | string[]>,
): Record<string, unknown> {
  const size = Math.max(1, Number(query['size'] ?? 10));
  const all = [...state.instances.values()];
  const totalPages = Math.ceil(all.length / size);
  const { pagination = 'counts', lastNext = 'omit', pastEnd = 'empty', ignorePage = false, links = true } = listing;
  const asked = ignorePage ? 1 : Math.max(1, Number(query['page'] ?? 1));
  const page = pastEnd === 'repeated' ? Math.min(asked, Math.max(1, totalPages)) : asked;
  const link = (p: number): string => `/v1/compute/instances?page=${p}&size=${size}`;
  const next =
    page < totalPages ? link(page + 1) : { omit: undefined, itself: link(page), beyond: link(page + 1) }[lastNext];
  return {
    _pagination: pagination === 'blank' ? '' : { page, size, totalElements: all.length, totalPages },
    data: all
      .slice((page - 1) * size, page * size)
      .map((i) => view(i, i.statuses[Math.min(i.reads, i.statuses.length - 1)]!)),
    ...(links
      ? {
          _links: {
            self: link(page),
            first: link(1),
            ...(page > 1 ? { previous: link(page - 1) } : {}),
            ...(next && links !== 'without-next' ? { next } : {}),
            last: link(Math.max(1, totalPages)),
          },
        }
      : {}),
  };
}

/** A new instance, provisioning, then installing, then running as it is read; answered 201 with the fields the API shows of a new one. */
function create(call: ApiCall, addInstance: AddInstance, echo: Record<string, string>): void {
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(call.body) as Record<string, unknown>;
  } catch {
    return send(call.res, 400, { statusCode: 400, message: 'body is not JSON' }, echo);
  }
  const created = addInstance({
    statuses: ['provisioning', 'installing', 'running'],
    ...(typeof input['displayName'] === 'string' ? { displayName: input['displayName'] } : {}),
    ...(typeof input['productId'] === 'string' ? { productId: input['productId'] } : {}),
  });
  const { tenantId, customerId, instanceId, imageId, productId, region, addOns, osType, createdDate, sshKeys } = view(
    created,
    'provisioning',
  );
  send(
    call.res,
    201,
    {
      data: [
        {
          tenantId,
          customerId,
          instanceId,
          imageId,
          productId,
          region,
          addOns,
          osType,
          createdDate,
          sshKeys,
          status: 'provisioning',
        },
      ],
      _links: { self: `/v1/compute/instances/${instanceId}` },
    },
    echo,
  );
}

/** An instance as the API shows it. */
function view(i: FakeInstance, status: string) {
  return {
    tenantId: 'DE',
    customerId: '54321',
    additionalIps: [],
    name: i.name,
    displayName: i.displayName,
    instanceId: i.instanceId,
    dataCenter: 'European Union 1',
    region: i.region,
    regionName: 'European Union',
    productId: i.productId,
    imageId: i.imageId,
    ipConfig: {
      v4: { ip: `192.0.2.${i.instanceId % 250}`, netmaskCidr: 24, gateway: '192.0.2.1' },
      v6: { ip: '2001:db8::1', netmaskCidr: 64, gateway: 'fe80::1' },
    },
    macAddress: '00:50:56:00:00:01',
    ramMb: 8192,
    cpuCores: 4,
    osType: 'Linux',
    diskMb: 204800,
    sshKeys: [],
    createdDate: new Date(0).toISOString(),
    cancelDate: '',
    status,
    vHostId: 1,
    vHostNumber: 1,
    vHostName: 'host1',
    addOns: [],
    productType: 'nvme',
    productName: 'VPS 10 NVMe',
    defaultUser: 'root',
    ...(status === 'error' ? { errorMessage: 'installation failed' } : {}),
  };
}
