import { StructureKind, type StatementStructures } from 'ts-morph';
import type { Auth } from '../ir/types.ts';
import type { Plan } from '../plan/plan.ts';
import { docText } from './docs.ts';
import { Imports, RUNTIME } from './imports.ts';
import { Expression, literalText } from './literal.ts';
import { typeToString } from './type-to-string.ts';

/**
 * How each kind of authentication appears in the client options, and how it
 * is built from them, with the runtime's names recorded in the client's imports.
 */
const AUTH_SHAPES: Record<
  Auth['kind'],
  {
    fields: (auth: Auth, imports: Imports) => string;
    test: string;
    build: (auth: Auth, imports: Imports) => string;
    example: string;
  }
> = {
  'oauth2-password': {
    fields: (auth) =>
      [
        '/** OAuth 2.0 client id. */\nclientId: string;',
        '/** OAuth 2.0 client secret. */\nclientSecret: string;',
        '/** The API user. */\nusername: string;',
        "/** The API user's password. */\npassword: string;",
        `/** Token endpoint of the password grant. @default ${literalText(tokenUrl(auth)).replace(/\*\//g, '*\\/')} */\nauthUrl?: string | undefined;`,
      ].join('\n'),
    test: "'clientId' in options",
    build: (auth, imports) =>
      `new ${imports.value('PasswordGrantAuth', RUNTIME)}({ tokenUrl: options.authUrl ?? ${literalText(tokenUrl(auth))}, clientId: options.clientId, clientSecret: options.clientSecret, username: options.username, password: options.password, fetch })`,
    example: 'new PasswordGrantAuth({ tokenUrl, clientId, clientSecret, username, password })',
  },
  bearer: {
    fields: (_, imports) =>
      `/** A bearer token, or a function returning the current one. */\naccessToken: ${imports.type('TokenProvider', RUNTIME)};`,
    test: "'accessToken' in options",
    build: (_, imports) => `${imports.value('bearerAuth', RUNTIME)}(options.accessToken)`,
    example: 'bearerAuth(token)',
  },
  basic: {
    fields: () => '/** HTTP Basic user name. */ username: string;\n/** HTTP Basic password. */\npassword: string;',
    test: "'username' in options",
    build: (_, imports) => `${imports.value('basicAuth', RUNTIME)}(options.username, options.password)`,
    example: 'basicAuth(username, password)',
  },
  'api-key': {
    fields: (_, imports) =>
      `/** The API key, or a function returning it. */\napiKey: ${imports.type('TokenProvider', RUNTIME)};`,
    test: "'apiKey' in options",
    build: (auth, imports) =>
      auth.kind === 'api-key'
        ? `${imports.value('apiKeyAuth', RUNTIME)}(${literalText(auth.in)}, ${literalText(auth.name)}, options.apiKey)`
        : '',
    example: 'apiKeyAuth(in, name, key)',
  },
};

const AUTH_ORDER: readonly Auth['kind'][] = ['oauth2-password', 'bearer', 'api-key', 'basic'];

function tokenUrl(auth: Auth): string {
  return auth.kind === 'oauth2-password' ? auth.tokenUrl : '';
}

/** client.ts: the transport factory, the options types and the client class that holds one property per group. */
export function clientStatements(plan: Plan): StatementStructures[] {
  const imports = new Imports();
  // Checked in this order: password-grant options also hold a username, so basic comes last.
  const auths = uniqueBy(plan.api.auth, (a) => a.kind).sort(
    (a, b) => AUTH_ORDER.indexOf(a.kind) - AUTH_ORDER.indexOf(b.kind),
  );
  const options = optionDefaults(plan, imports);
  const statements = [
    ...transportStatements(plan, auths, options, imports),
    ...clientDeclarations(plan, auths, options, imports),
  ];
  for (const g of plan.groups) imports.value(g.className, `./${g.file}.js`);
  return [...imports.declarations(), ...statements];
}

/** A client option: a client-wide default of the parameters that name it (x-client-option). */
interface ClientOption {
  readonly name: string;
  readonly type: string;
  readonly doc: string;
  readonly header?: string;
}

/** The options that reach the transport: connection settings and the client options' defaults. */
function connectionOf(
  options: readonly ClientOption[],
  imports: Imports,
  base: 'ClientOptions' | 'TransportOptions' = 'ClientOptions',
): string[] {
  const settings = options.map((o) => `/** ${o.doc} */\n${o.name}?: ${o.type} | undefined;`);
  return [imports.type(base, RUNTIME), ...(settings.length ? [`{\n${settings.join('\n')}\n}`] : [])];
}

/** The transport's options type, and the function that makes the transport the operations are sent through. */
function transportStatements(
  plan: Plan,
  auths: readonly Auth[],
  options: readonly ClientOption[],
  imports: Imports,
): StatementStructures[] {
  const { api } = plan;
  const defaults = literalText(Object.fromEntries(options.map((o) => [o.name, new Expression(`options.${o.name}`)])));
  const optionHeaders = literalText(Object.fromEntries(options.filter((o) => o.header).map((o) => [o.name, o.header])));
  const transportConfig = `{ ...options, baseUrl: options.baseUrl ?? ${literalText(api.serverUrl)}${options.length ? `, defaults: ${defaults}` : ''}${options.some((o) => o.header) ? `, optionHeaders: ${optionHeaders}` : ''} }`;
  const example = AUTH_SHAPES[auths[0]?.kind ?? 'bearer'].example;
  return [
    {
      kind: StructureKind.TypeAlias,
      name: plan.transportOptionsName,
      isExported: true,
      type: `${connectionOf(options, imports, 'TransportOptions').join(' & ')} & {\n/** How calls authenticate: \`${example}\`, or any Auth. */\nauth?: ${imports.type('Auth', RUNTIME)} | undefined;\n}`,
      docs: [`Options of {@link ${plan.transportFactory}}: connection settings, and the credentials as an Auth.`],
    },
    {
      kind: StructureKind.Function,
      name: plan.transportFactory,
      isExported: true,
      docs: [
        `The Transport that the operation functions (\`${firstFunction(plan)}(transport, ...)\`) send their calls through. Retries, timeouts and typed errors work as on {@link ${api.clientName}}; only the operations an app imports end up in its bundle.`,
      ],
      parameters: [{ name: 'options', type: plan.transportOptionsName, initializer: '{}' }],
      returnType: imports.type('Transport', RUNTIME),
      statements: [`return new ${imports.value('Transport', RUNTIME)}(${transportConfig});`],
    },
  ];
}

/** The client's options type, the client class, and `authOf`, which makes the Auth its credentials give. */
function clientDeclarations(
  plan: Plan,
  auths: readonly Auth[],
  options: readonly ClientOption[],
  imports: Imports,
): StatementStructures[] {
  const { api } = plan;
  const credentials = auths.map((a) => `{\n${AUTH_SHAPES[a.kind].fields(a, imports)}\n}`);
  const connection = connectionOf(options, imports);
  const optionsType = [
    ...connection,
    ...(credentials.length ? [credentials.length > 1 ? `(${credentials.join(' | ')})` : credentials[0]!] : []),
  ].join(' & ');
  const build = (a: Auth): string => AUTH_SHAPES[a.kind].build(a, imports);
  const authCode = auths.map((a) =>
    auths.length === 1 ? `return ${build(a)};` : `if (${AUTH_SHAPES[a.kind].test}) return ${build(a)};`,
  );
  if (auths.length !== 1) authCode.push('return undefined;');
  const classDocs = docText({
    summary: `Client of ${api.title} ${api.version}.`,
    docs: api.description ? { description: api.description } : undefined,
  });
  const password = auths.some((a) => a.kind === 'oauth2-password');
  return [
    {
      kind: StructureKind.TypeAlias,
      name: plan.clientOptionsName,
      isExported: true,
      type: optionsType,
      docs: [
        `Options of {@link ${api.clientName}}: connection settings${credentials.length ? ' and credentials' : ''}.`,
      ],
    },
    {
      kind: StructureKind.Class,
      name: api.clientName,
      isExported: true,
      ...(classDocs ? { docs: [classDocs] } : {}),
      properties: plan.groups.map((g) => ({
        name: g.property,
        isReadonly: true,
        type: g.className,
        ...(g.description ? { docs: [docText({ docs: { description: g.description } })!] } : {}),
      })),
      ctors: [
        {
          parameters: [
            { name: 'options', type: plan.clientOptionsName, ...(credentials.length ? {} : { initializer: '{}' }) },
          ],
          statements: [
            'const fetch = options.fetch ?? globalThis.fetch.bind(globalThis);',
            // The token endpoint is reached outside the transport: it gets the fetch options there.
            `const auth = authOf(options, ${password ? `${imports.value('fetchWith', RUNTIME)}(fetch, options.fetchOptions)` : 'fetch'});`,
            // The log is made here, not in the transport, so that an app of operation functions that logs nothing carries no logging code.
            `const log = ${imports.value('createLog', RUNTIME)}({ level: options.logLevel, logger: options.logger });`,
            `const transport = ${plan.transportFactory}({ ...options, fetch, auth, log });`,
            ...plan.groups.map((g) => `this.${g.property} = new ${g.className}(transport);`),
          ],
        },
      ],
    },
    {
      kind: StructureKind.Function,
      name: 'authOf',
      parameters: [
        { name: credentials.length ? 'options' : '_options', type: plan.clientOptionsName },
        { name: password ? 'fetch' : '_fetch', type: 'typeof globalThis.fetch' },
      ],
      returnType: `${imports.type('Auth', RUNTIME)} | undefined`,
      statements: authCode.length ? authCode : ['return undefined;'],
    },
  ];
}

function firstFunction(plan: Plan): string {
  return plan.groups[0]?.operations[0]?.functionName ?? 'operation';
}

/** The `x-client-option` values: a client-wide default per option name. */
function optionDefaults(plan: Plan, imports: Imports): ClientOption[] {
  const out = new Map<string, ClientOption>();
  for (const op of plan.api.operations) {
    for (const p of op.parameters) {
      if (!p.clientOption || out.has(p.clientOption)) continue;
      const type = typeToString(p.type, { plan, direction: 'write', depth: '0', imports });
      const doc = `Sent as ${p.in} \`${p.name}\` on every call that takes it, unless the call gives its own.`.replace(
        /\*\//g,
        '*\\/',
      );
      out.set(p.clientOption, { name: p.clientOption, type, doc, ...(p.in === 'header' ? { header: p.name } : {}) });
    }
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function uniqueBy<T>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}
