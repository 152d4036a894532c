import { randomUUID } from 'node:crypto';
import { md5 } from './etags.ts';
import type { FakeRequest, RequestState, ServerState, StoredResource } from './model.ts';

const MESSAGES: Readonly<Record<RequestState, string>> = {
  QUEUED: 'Request has been queued',
  RUNNING: 'Request is running',
  DONE: 'Request has been successfully executed',
  FAILED: 'Request has failed',
};

/** What a request that the API accepts is recorded with (`/requests/{id}` shows it back). */
export interface WriteCall {
  readonly method: string;
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/**
 * Asynchronous writes: each accepted write becomes a request whose status
 * moves on with every poll of `/requests/{id}/status` (scripted, or the
 * server's default), and whose change is applied, or undone, when it settles.
 */
export interface Writes {
  /** Records an accepted write; `done` or `failed` runs when a poll first sees it settle. */
  accept(call: WriteCall, targets: StoredResource[], done: () => void, failed: () => void): FakeRequest;
  /** The status the next poll of a request sees; settles the request when it ends. */
  advance(request: FakeRequest): RequestState;
  /** `/requests/{id}/status` at a status. */
  statusView(request: FakeRequest, status: RequestState): Record<string, unknown>;
  /** `/requests/{id}`. */
  requestView(request: FakeRequest): Record<string, unknown>;
}

export function createWrites(state: ServerState, href: (path: string) => string, now: () => string): Writes {
  function accept(call: WriteCall, targets: StoredResource[], done: () => void, failed: () => void): FakeRequest {
    const scripted = state.requestScript.shift();
    const kept: Record<string, string> = {};
    for (const [k, v] of Object.entries(call.headers)) if (v !== undefined && k !== 'authorization') kept[k] = v;
    const request: FakeRequest = {
      id: randomUUID(),
      method: call.method,
      url: call.url,
      body: call.body,
      headers: kept,
      createdDate: now(),
      statuses: [...(scripted?.statuses ?? state.defaultStatuses)],
      message: scripted?.message,
      polls: 0,
      targets: targets.map((t) => ({ id: t.id, type: t.type, href: href(t.path) })),
      settled: undefined,
      done,
      failed,
    };
    state.requests.set(request.id, request);
    return request;
  }

  function advance(request: FakeRequest): RequestState {
    const status = request.statuses[Math.min(request.polls, request.statuses.length - 1)]!;
    request.polls++;
    if (!request.settled && (status === 'DONE' || status === 'FAILED')) {
      request.settled = status;
      if (status === 'DONE') request.done();
      else request.failed();
    }
    return status;
  }

  function statusView(request: FakeRequest, status: RequestState): Record<string, unknown> {
    const targets = request.targets.map((target) => ({ target, status }));
    const metadata: Record<string, unknown> = {
      status,
      message: status === 'FAILED' ? (request.message ?? MESSAGES.FAILED) : MESSAGES[status],
      targets,
    };
    metadata['etag'] = md5(JSON.stringify(metadata));
    return {
      id: `${request.id}/status`,
      type: 'request-status',
      href: href(`/requests/${request.id}/status`),
      metadata,
    };
  }

  function requestView(request: FakeRequest): Record<string, unknown> {
    return {
      id: request.id,
      type: 'request',
      href: href(`/requests/${request.id}`),
      metadata: {
        createdDate: request.createdDate,
        createdBy: state.credentials.username,
        etag: md5(request.id + String(request.polls)),
        requestStatus: {
          id: `${request.id}/status`,
          type: 'request-status',
          href: href(`/requests/${request.id}/status`),
        },
      },
      properties: { method: request.method, headers: request.headers, body: request.body, url: request.url },
    };
  }

  return { accept, advance, statusView, requestView };
}
