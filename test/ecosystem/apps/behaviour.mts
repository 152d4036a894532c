/**
 * What an application does with cloud-api-clients, written once and run by
 * every app of the ecosystem suite: Node (ES modules and CommonJS), Bun, Deno,
 * a browser page and TypeScript programs. It signs in, lists across pages,
 * catches a typed error, waits for an accepted (202) write and aborts a call,
 * against the fake APIs, and returns what it saw; the suite holds that
 * against what the fake APIs logged.
 *
 * The package's entries come in as loaded by the app around it (`import`,
 * `require()`, an import map), so this file imports types only and runs
 * unchanged everywhere. No Node types: lib ES2022 + DOM is enough.
 */
import type * as Contabo from 'cloud-api-clients/contabo';
import type * as ProfitBricks from 'cloud-api-clients/profitbricks';

export interface Entries {
  readonly contabo: typeof Contabo;
  readonly profitbricks: typeof ProfitBricks;
}

/** Where the fake APIs are, with what to sign in, and the instances they answer in a particular way. */
export interface World {
  readonly contabo: {
    readonly url: string;
    readonly tokenUrl: string;
    readonly credentials: {
      readonly clientId: string;
      readonly clientSecret: string;
      readonly username: string;
      readonly password: string;
    };
    /** Not in the account: its read answers 404. */
    readonly missingInstanceId: number;
    /** Its read is held back until the app gives up, by aborting. */
    readonly slowInstanceId: number;
  };
  readonly profitbricks: {
    readonly url: string;
    readonly username: string;
    readonly password: string;
    readonly contractNumber: number;
  };
}

export interface Summary {
  readonly instanceIds: readonly number[];
  readonly notFound: {
    readonly name: string;
    readonly status: number;
    readonly requestId: string | undefined;
    readonly message: unknown;
    /** Caught as the ApiError of the other entry: both share one runtime. */
    readonly oneHierarchy: boolean;
  };
  readonly accepted: {
    readonly id: string | undefined;
    readonly state: string | undefined;
    readonly location: string | undefined;
    readonly etag: string | undefined;
    readonly rateLimit: unknown;
  };
  readonly waited: {
    readonly progress: readonly (string | undefined)[];
    readonly state: string | undefined;
    readonly name: string | undefined;
  };
  readonly aborted: { readonly name: string; readonly isAbortError: boolean };
}

export async function behave({ contabo: C, profitbricks: P }: Entries, world: World): Promise<Summary> {
  const contabo = new C.ContaboClient({
    ...world.contabo.credentials,
    authUrl: world.contabo.tokenUrl,
    baseUrl: world.contabo.url,
    maxRetries: 0,
  });

  // The first call signs in (password grant); pages are fetched as the loop reaches them.
  const instanceIds: number[] = [];
  for await (const instance of contabo.instances.list({ size: 2 })) instanceIds.push(instance.instanceId);

  let notFound: Summary['notFound'] | undefined;
  try {
    await contabo.instances.get({ instanceId: world.contabo.missingInstanceId });
  } catch (error) {
    if (!(error instanceof C.NotFoundError)) throw error;
    const { name, status, requestId, body } = error;
    notFound = {
      name,
      status,
      requestId,
      message: (body as { message?: unknown }).message,
      oneHierarchy: error instanceof P.ApiError,
    };
  }
  if (!notFound) throw new Error('reading a missing instance did not fail');

  const { url, username, password, contractNumber } = world.profitbricks;
  const profitbricks = new P.ProfitBricksClient({ username, password, contractNumber, baseUrl: url, maxRetries: 0 });
  const handle = await profitbricks.datacenters.create({
    body: { properties: { name: 'ecosystem', location: 'de/fra' } },
  });
  // The accepted body may be missing (a 202 whose body broke off); this fake API always sends it.
  const accepted = {
    id: handle.resource?.id,
    state: handle.resource?.metadata?.state,
    location: handle.location,
    etag: handle.etag,
    rateLimit: handle.rateLimit,
  };
  const progress: (string | undefined)[] = [];
  const done = await handle.wait({ intervalMs: 10, onProgress: ({ status }) => progress.push(status) });
  const waited = { progress, state: done.metadata?.state, name: done.properties?.name };

  const controller = new AbortController();
  const slow = contabo.instances.get({ instanceId: world.contabo.slowInstanceId }, { signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  let aborted: Summary['aborted'] | undefined;
  try {
    await slow;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    aborted = { name: error.name, isAbortError: error instanceof C.AbortError };
  }
  if (!aborted) throw new Error('the aborted read resolved');

  return { instanceIds, notFound, accepted, waited, aborted };
}
