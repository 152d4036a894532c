/**
 * Examples of what only some APIs have: pagination, waits for a status,
 * accepted writes, response depth and conditional requests. Each returns
 * undefined when the API has none.
 */
import type { Plan, PlannedParameter } from '../../plan/plan.ts';
import { Samples } from './samples.ts';
import {
  acceptedCall,
  args,
  best,
  calls,
  clientExample,
  effort,
  methodCall,
  pageCall,
  readCall,
  type Call,
} from './code.ts';

/** Every item, the first page, whole pages and a bounded list. */
export function paginationExample(plan: Plan, from: string): string | undefined {
  const [all, ten, fifty, plain] = [100, 10, 50, undefined].map((size) => pageCall(plan, size));
  if (!ten || !fifty || !plain) return undefined;
  return clientExample(plan, from, all, (example, client, call) => {
    const [item, first, page, some] = ['item', 'firstPage', 'page', 'some'].map((n) => example.local(n));
    example.add(
      `for await (const ${item} of ${methodCall(client, call)}) {`,
      `  console.log(${item});`,
      '}',
      '',
      `const ${first} = await ${methodCall(client, ten)};`,
      `console.log(${first});`,
      '',
      `for await (const ${page} of ${methodCall(client, fifty)}.pages()) console.log(${page});`,
      '',
      `const ${some} = await ${methodCall(client, plain)}.collect({ limit: 25 });`,
      `console.log(${some}.length);`,
    );
  });
}

/** A wait for a resource's status, with a time limit and progress. */
export function waitExample(plan: Plan, from: string): string | undefined {
  const waiting = best(
    calls(plan, (op) => op.wait !== undefined),
    (c) => [effort(c)],
  );
  return clientExample(plan, from, waiting, (example, client, call) => {
    const ready = example.local('ready');
    const options =
      '{\n  timeoutMs: 30 * 60_000,\n  onProgress: ({ status, elapsedMs }) => console.log(status, elapsedMs),\n}';
    example.add(
      `const ${ready} = await ${client}.${call.group.property}.${call.op.wait!.method}(${args(call, options)});`,
      `console.log(${ready});`,
    );
  });
}

/** Accepted now and done later, done before the call resolves, a write without a result, and any request by its status URL. */
export function acceptedExample(plan: Plan, from: string): string | undefined {
  const removal = acceptedCall(plan, 'none');
  const requests = plan.groups.find((g) => g.requestWait);
  return clientExample(plan, from, acceptedCall(plan, 'resource') ?? removal, (example, client, write) => {
    const [accepted, done, finished] = ['accepted', 'done', 'finished'].map((n) => example.local(n));
    example.add(
      '// Accepted now, done later.',
      `const ${accepted} = await ${methodCall(client, write)};`,
      `console.log(${accepted}.resource, ${accepted}.asyncRequestId);`,
      `const ${done} = await ${accepted}.wait({ onProgress: ({ status }) => console.log(status) });`,
      `console.log(${done});`,
      '',
      '// Or resolve when done.',
      `const ${finished} = await ${methodCall(client, write, '{ wait: true }')};`,
      `console.log(${finished});`,
    );
    if (removal && removal.op !== write.op) {
      const failed = example.use('RequestFailedError');
      example.add(
        '',
        '// A write without a result resolves to undefined once done.',
        'try {',
        `  await ${methodCall(client, removal, '{ wait: { timeoutMs: 15 * 60_000 } }')};`,
        '} catch (error) {',
        `  if (error instanceof ${failed}) console.log(error.status, error.detail);`,
        '  else throw error;',
        '}',
      );
    }
    if (requests?.requestWait) {
      const status = example.local('status');
      const wait = `${client}.${requests.property}.${requests.requestWait.method}(${accepted}.location!)`;
      example.add(
        '',
        '// Any request, by id or status URL.',
        `const ${status} = await ${wait};`,
        `console.log(${status});`,
      );
    }
  });
}

/** The same read at the default depth and two levels deeper. */
export function depthExample(plan: Plan, from: string): string | undefined {
  const read = readCall(plan, (op) => op.depthAware);
  const key = read?.op.parameters.find((p) => p.parameter.depth)?.key;
  const deeper = read && key ? new Samples(plan).params(read.op, { [key]: '2' }) : undefined;
  return clientExample(plan, from, deeper === undefined ? undefined : read, (example, client, call) => {
    const [shallow, deep] = ['shallow', 'deep'].map((n) => example.local(n));
    example.add(
      `const ${shallow} = await ${methodCall(client, call)};`,
      `console.log(${shallow});`,
      '',
      `const ${deep} = await ${methodCall(client, { ...call, params: deeper! })};`,
      `console.log(${deep});`,
    );
  });
}

/** The header parameter of an operation, by name. */
function header(call: Call, name: RegExp): PlannedParameter | undefined {
  return call.op.parameters.find((p) => p.parameter.in === 'header' && name.test(p.parameter.name));
}

/** A write only if unchanged (`If-Match`), and a read that is skipped when nothing changed (`If-None-Match`). */
export function conditionalExample(plan: Plan, from: string): string | undefined {
  const conditionalRead = readCall(
    plan,
    (op) =>
      op.operation.responses.some((r) => r.status === '304') &&
      op.parameters.some((p) => /^if-none-match$/i.test(p.parameter.name)),
  );
  return clientExample(plan, from, conditionalRead, (example, client, read) => {
    const samples = new Samples(plan);
    const { pattern, names } = example.destructure('etag');
    const [etag, again] = [names[0]!, example.local('again')];
    example.add(`const ${pattern} = await ${methodCall(client, read)}.withResponse();`);
    const writes = calls(
      plan,
      (op) =>
        op.operation.method !== 'GET' &&
        op.parameters.some((p) => p.parameter.in === 'header' && /^if-match$/i.test(p.parameter.name)),
    );
    const write = best(writes, (c) => [
      c.op.operation.path === read.op.operation.path ? 0 : 1,
      c.op.operation.method === 'DELETE' ? 1 : 0,
      effort(c),
    ]);
    const ifMatch = write && header(write, /^if-match$/i);
    // Without an entity tag the write is made anyway: `*` matches any current one.
    const guarded =
      write && ifMatch
        ? samples.params(write.op, { [ifMatch.key]: ifMatch.required ? `${etag} ?? '*'` : etag })
        : undefined;
    if (write && guarded) {
      const precondition = example.use('PreconditionFailedError');
      example.add(
        'try {',
        `  await ${methodCall(client, { ...write, params: guarded })};`,
        '} catch (error) {',
        `  if (error instanceof ${precondition}) console.log('changed meanwhile: read it again');`,
        '  else throw error;',
        '}',
      );
    }
    const conditional = samples.params(read.op, { [header(read, /^if-none-match$/i)!.key]: etag })!;
    example.add(
      '',
      `if (${etag}) {`,
      `  const ${again} = await ${methodCall(client, { ...read, params: conditional })};`,
      `  console.log(${again} === undefined ? 'unchanged' : ${again});`,
      '}',
    );
  });
}
