/**
 * The README's examples, written from the API's own names: its client, its
 * credentials and real operations of it, with params the request types
 * accept. Each returns the code of one block, or undefined when the API has
 * nothing to show it with.
 */
import type { Auth } from '../../ir/types.ts';
import type { Plan } from '../../plan/plan.ts';
import { memberName } from '../../plan/names.ts';
import { Samples } from './samples.ts';
import {
  acceptedCall,
  authKinds,
  clientExample,
  clientVariable,
  envPrefix,
  Example,
  functionCall,
  methodCall,
  pageCall,
  plainCredentials,
  readCall,
} from './code.ts';

/** Another name for a client signed in another way, by the kind of credentials. */
const ALSO: Record<Auth['kind'], string> = {
  'oauth2-password': 'signedIn',
  bearer: 'withOwnToken',
  'api-key': 'withApiKey',
  basic: 'withPassword',
};

/** Credentials as client option fields, read from the environment. */
function credentialFields(auth: Auth, plan: Plan, alternative: boolean): string[] {
  const env = (name: string): string => `process.env['${envPrefix(plan)}_${name}']!`;
  switch (auth.kind) {
    case 'oauth2-password':
      return [
        `clientId: ${env('CLIENT_ID')}`,
        `clientSecret: ${env('CLIENT_SECRET')}`,
        `username: ${env('USERNAME')}`,
        `password: ${env('PASSWORD')}`,
      ];
    case 'bearer':
      return [`accessToken: ${alternative ? `async () => ${env('TOKEN')}` : env('TOKEN')}`];
    case 'api-key':
      return [`apiKey: ${env('API_KEY')}`];
    case 'basic':
      return [`username: ${env('USERNAME')}`, `password: ${env('PASSWORD')}`];
  }
}

/** The client built with each kind of credentials the API takes, and its `x-client-option` settings. */
export function authExample(plan: Plan, from: string): string {
  const example = new Example(from);
  const [first, ...others] = authKinds(plan);
  const settings = clientSettings(plan).map(([key, value]) => `  ${key}: ${value}, // optional`);
  const fields = first ? credentialFields(first, plan, false).map((f) => `  ${f},`) : [];
  const name = clientVariable(example, plan);
  const client = example.use(plan.api.clientName);
  const lines = [...fields, ...settings];
  if (lines.length > 1 || settings.length) example.add(`const ${name} = new ${client}({`, ...lines, '});');
  else example.add(`const ${name} = new ${client}(${fields.length ? `{ ${fields[0]!.trim().slice(0, -1)} }` : ''});`);
  for (const auth of others) {
    example.add(
      '',
      `const ${example.local(ALSO[auth.kind])} = new ${client}({ ${credentialFields(auth, plan, true).join(', ')} });`,
    );
  }
  return example.text();
}

/** Each client-wide default (`x-client-option`) with a value its type accepts. */
function clientSettings(plan: Plan): [string, string][] {
  const samples = new Samples(plan);
  const out = new Map<string, string>();
  for (const op of plan.api.operations) {
    for (const p of op.parameters) {
      if (!p.clientOption || out.has(p.clientOption)) continue;
      const value = samples.value(p.type, { name: p.clientOption, docs: p });
      if (value) out.set(p.clientOption, value);
    }
  }
  return [...out].sort(([a], [b]) => a.localeCompare(b, 'en'));
}

/** How a transport authenticates, as an `Auth` expression. */
function transportAuth(example: Example, plan: Plan): string | undefined {
  const auth = authKinds(plan)[0];
  const env = (name: string): string => `process.env['${envPrefix(plan)}_${name}']!`;
  switch (auth?.kind) {
    case undefined:
      return undefined;
    case 'oauth2-password': {
      const fields = [`tokenUrl: '${auth.tokenUrl.replace(/'/g, "\\'")}'`, ...credentialFields(auth, plan, false)];
      return `new ${example.use('PasswordGrantAuth')}({\n${fields.map((f) => `    ${f},`).join('\n')}\n  })`;
    }
    case 'bearer':
      return `${example.use('bearerAuth')}(${env('TOKEN')})`;
    case 'api-key':
      return `${example.use('apiKeyAuth')}('${auth.in}', '${auth.name.replace(/'/g, "\\'")}', ${env('API_KEY')})`;
    case 'basic':
      return `${example.use('basicAuth')}(${env('USERNAME')}, ${env('PASSWORD')})`;
  }
}

/** The operations as functions on a transport: a read, a page walk and a finished write, where the API has them. */
export function functionsExample(plan: Plan, from: string): string | undefined {
  const read = readCall(plan);
  if (!read) return undefined;
  const [page, write] = [pageCall(plan, 100), acceptedCall(plan, 'resource')];
  const example = new Example(from);
  // Imports first, so that no local name takes one of theirs.
  example.use(plan.transportFactory);
  for (const call of [read, page, write]) if (call) example.use(call.op.functionName);
  const auth = transportAuth(example, plan);
  const transport = example.local(memberName(plan.api.entry) || 'transport');
  const options = auth === undefined ? '' : auth.includes('\n') ? `{\n  auth: ${auth},\n}` : `{ auth: ${auth} }`;
  example.add(`const ${transport} = ${plan.transportFactory}(${options});`, '');
  const result = example.local('result');
  example.add(`const ${result} = await ${functionCall(example, transport, read)};`, `console.log(${result});`);
  if (page) {
    const item = example.local('item');
    example.add(`for await (const ${item} of ${functionCall(example, transport, page)}) console.log(${item});`);
  }
  if (write) {
    const done = example.local('done');
    example.add(
      `const ${done} = await ${functionCall(example, transport, write, '{ wait: true }')};`,
      `console.log(${done});`,
    );
  }
  return example.text();
}

/** A transport of the functions API that logs: the log is made where it is wanted, so an app that logs nothing carries no logging code. */
export function functionsLoggingExample(plan: Plan, from: string): string | undefined {
  const read = readCall(plan);
  if (!read) return undefined;
  const example = new Example(from);
  example.use(plan.transportFactory);
  example.use(read.op.functionName);
  const createLog = example.use('createLog');
  const auth = transportAuth(example, plan);
  const transport = example.local(memberName(plan.api.entry) || 'transport');
  const fields = [...(auth === undefined ? [] : [`auth: ${auth}`]), `log: ${createLog}({ level: 'info' })`];
  example.add(`const ${transport} = ${plan.transportFactory}({\n  ${fields.join(',\n  ')},\n});`, '');
  example.add(`console.log(await ${functionCall(example, transport, read)});`);
  return example.text();
}

/** A result awaited, with its response, and as the raw response. */
export function resultsExample(plan: Plan, from: string): string | undefined {
  return clientExample(plan, from, readCall(plan), (example, client, read) => {
    const [result, response] = ['result', 'response'].map((n) => example.local(n));
    const { pattern, names } = example.destructure('data', 'status', 'requestId', 'etag', 'rateLimit');
    const [data, status, requestId, etag, rateLimit] = names;
    example.add(
      `const ${result} = await ${methodCall(client, read)};`,
      `console.log(${result});`,
      '',
      `const ${pattern} = await ${methodCall(client, read)}.withResponse();`,
      `console.log(${data}, ${status}, ${requestId}, ${etag}, ${rateLimit}?.remaining);`,
      '',
      `const ${response} = await ${methodCall(client, read)}.asResponse();`,
      `console.log(${response}.headers.get('content-type'));`,
    );
  });
}

/** A failed call told apart by its error class. */
export function errorsExample(plan: Plan, from: string): string | undefined {
  return clientExample(plan, from, readCall(plan), (example, client, read) => {
    const [notFound, rateLimit, status] = ['NotFoundError', 'RateLimitError', 'StatusError'].map((name) =>
      example.use(name),
    );
    example.add(
      'try {',
      `  await ${methodCall(client, read)};`,
      '} catch (error) {',
      `  if (error instanceof ${notFound}) console.log(error.status, error.requestId, error.body);`,
      `  else if (error instanceof ${rateLimit}) console.log('still limited after retries', error.rateLimit);`,
      `  else if (error instanceof ${status}) console.log(error.message);`,
      '  else throw error;',
      '}',
    );
  });
}

/** Retries and timeouts for a client, and for one call with a signal. */
export function retriesExample(plan: Plan, from: string): string | undefined {
  const fields = [...plainCredentials(plan), 'maxRetries: 4', 'timeoutMs: 30_000'];
  return clientExample(
    plan,
    from,
    readCall(plan),
    (example, client, read) => {
      const [controller, result] = ['controller', 'result'].map((n) => example.local(n));
      example.add(
        `const ${controller} = new AbortController();`,
        `const ${result} = await ${methodCall(client, read, `{ signal: ${controller}.signal, maxRetries: 0 }`)};`,
        `console.log(${result});`,
      );
    },
    fields,
  );
}
