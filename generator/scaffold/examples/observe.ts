/**
 * The README's examples of watching and shaping calls (hooks, logging,
 * fetch options, the retry policy), written from the API's own client and
 * one of its reads, as the other examples are.
 */
import type { Plan } from '../../plan/plan.ts';
import { clientExample, methodCall, plainCredentials, readCall } from './code.ts';

/** Hooks on the client, one answering a call without the network, and HookError. */
export function hooksExample(plan: Plan, from: string): string | undefined {
  const fields = [...plainCredentials(plan), 'hooks: timing'];
  return clientExample(
    plan,
    from,
    readCall(plan),
    (example, client, read) => {
      const hookError = example.use('HookError');
      example.use('type Hooks');
      example.prepend(
        'const timing: Hooks = {',
        '  onRequest: (request, { operationId, attempt }) => {',
        '    console.log(`${operationId} attempt ${attempt}: ${request.method} ${new URL(request.url).pathname}`);',
        '    const signed = new Request(request);',
        "    signed.headers.set('x-client-version', '1.2.0');",
        '    return signed;',
        '  },',
        '  onResponse: (response, { requestId }) => {',
        '    if (response.status >= 500) console.warn(`server error for request ${requestId}`);',
        '  },',
        '  onError: (error, { operationId }) => console.error(operationId, error),',
        '};',
      );
      example.add(
        'try {',
        '  // Answered by the hook, without the network.',
        `  const cached = await ${methodCall(client, read, '{ hooks: { onRequest: () => Response.json({}) } }')};`,
        '  console.log(cached);',
        '} catch (error) {',
        `  if (error instanceof ${hookError}) console.error(\`the \${error.hook} hook failed\`, error.cause);`,
        '}',
      );
    },
    fields,
  );
}

/** Every line at debug, into an array. */
export function loggingExample(plan: Plan, from: string): string | undefined {
  const fields = [
    ...plainCredentials(plan),
    "logLevel: 'debug'",
    'logger: { error: (m) => lines.push(m), warn: (m) => lines.push(m), info: (m) => lines.push(m), debug: (m) => lines.push(m) }',
  ];
  return clientExample(
    plan,
    from,
    readCall(plan),
    (example, client, read) => {
      example.prepend('const lines: string[] = [];');
      example.add(`await ${methodCall(client, read)};`, 'console.log(lines);');
    },
    fields,
  );
}

/** A dispatcher on the client, keepalive on one call. */
export function fetchOptionsExample(plan: Plan, from: string): string | undefined {
  return clientExample(
    plan,
    from,
    readCall(plan),
    (example, client, read) => {
      const result = example.local('result');
      example.add(
        "// Through a proxy, with undici installed: `fetchOptions: { dispatcher: new ProxyAgent('http://proxy.internal:3128') }`.",
        `const ${result} = await ${methodCall(client, read, "{ fetchOptions: { keepalive: true, cache: 'no-store' } }")};`,
        `console.log(${result});`,
      );
    },
    [...plainCredentials(plan), "fetchOptions: { referrerPolicy: 'no-referrer' }"],
  );
}

/** The policy on the client, and a read retried on more statuses. */
export function retryPolicyExample(plan: Plan, from: string): string | undefined {
  const fields = [
    ...plainCredentials(plan),
    'maxRetries: 5',
    'retry: { baseDelayMs: 200, maxDelayMs: 5_000, jitter: 0.5, maxRetryAfterMs: 30_000 }',
  ];
  return clientExample(
    plan,
    from,
    readCall(plan),
    (example, client, read) => {
      const result = example.local('result');
      example.add(
        '// A write is repeated only where the call says it may be: `{ idempotent: true }`.',
        `const ${result} = await ${methodCall(client, read, '{ retry: { statuses: [429, 500, 502, 503, 504] } }')};`,
        `console.log(${result});`,
      );
    },
    fields,
  );
}
