import { StructureKind, type StatementStructures } from 'ts-morph';
import type { Auth } from '../ir/types.ts';
import type { Plan } from '../plan/plan.ts';
import { docText } from './docs.ts';
import { importsFor } from './imports.ts';
import { Code, literalText } from './literal.ts';
import { typeToString } from './type-to-string.ts';

/** How each kind of authentication appears in the client options, and how it is built from them. */
const AUTH_SHAPES: Record<Auth['kind'], { fields: (auth: Auth) => string; test: string; build: (auth: Auth) => string; example: string }> = {
  'oauth2-password': {
    fields: (auth) =>
      [
        '/** OAuth 2.0 client id. */\nclientId: string;',
        '/** OAuth 2.0 client secret. */\nclientSecret: string;',
        '/** The API user. */\nusername: string;',
        '/** The API user\'s password. */\npassword: string;',
        `/** Token endpoint of the password grant. @default ${literalText(tokenUrl(auth)).replace(/\*\//g, '*\\/')} */\nauthUrl?: string | undefined;`,
      ].join('\n'),
    test: "'clientId' in options",
    build: (auth) =>
      `new PasswordGrantAuth({ tokenUrl: options.authUrl ?? ${literalText(tokenUrl(auth))}, clientId: options.clientId, clientSecret: options.clientSecret, username: options.username, password: options.password, fetch })`,
    example: 'new PasswordGrantAuth({ tokenUrl, clientId, clientSecret, username, password })',
  },
  bearer: {
    fields: () => '/** A bearer token, or a function returning the current one. */\naccessToken: TokenProvider;',
    test: "'accessToken' in options",
    build: () => 'bearerAuth(options.accessToken)',
    example: 'bearerAuth(token)',
  },
  basic: {
    fields: () => '/** HTTP Basic user name. */ username: string;\n/** HTTP Basic password. */\npassword: string;',
    test: "'username' in options",
    build: () => 'basicAuth(options.username, options.password)',
    example: 'basicAuth(username, password)',
  },
  'api-key': {
    fields: () => '/** The API key, or a function returning it. */\napiKey: TokenProvider;',
    test: "'apiKey' in options",
    build: (auth) => (auth.kind === 'api-key' ? `apiKeyAuth(${literalText(auth.in)}, ${literalText(auth.name)}, options.apiKey)` : ''),
    example: 'apiKeyAuth(in, name, key)',
  },
};

const AUTH_ORDER: readonly Auth['kind'][] = ['oauth2-password', 'bearer', 'api-key', 'basic'];

function tokenUrl(auth: Auth): string {
  return auth.kind === 'oauth2-password' ? auth.tokenUrl : '';
}

/** client.ts: the options type and the client class that holds one property per group. */
export function clientStatements(plan: Plan): StatementStructures[] {
  const { api } = plan;
  // Checked in this order: password-grant options also hold a username, so basic comes last.
  const auths = uniqueBy(api.auth, (a) => a.kind).sort((a, b) => AUTH_ORDER.indexOf(a.kind) - AUTH_ORDER.indexOf(b.kind));
  const options = optionDefaults(plan);
  const credentials = auths.map((a) => `{\n${AUTH_SHAPES[a.kind].fields(a)}\n}`);
  const settings = options.length ? `{\n${options.map((o) => `/** ${o.doc} */\n${o.name}?: ${o.type} | undefined;`).join('\n')}\n}` : undefined;
  const connection = ['ClientOptions', ...(settings ? [settings] : [])];
  const optionsType = [...connection, ...(credentials.length ? [credentials.length > 1 ? `(${credentials.join(' | ')})` : credentials[0]!] : [])].join(' & ');
  const authCode = auths.map((a) => (auths.length === 1 ? `return ${AUTH_SHAPES[a.kind].build(a)};` : `if (${AUTH_SHAPES[a.kind].test}) return ${AUTH_SHAPES[a.kind].build(a)};`));
  if (auths.length !== 1) authCode.push('return undefined;');
  const defaults = literalText(Object.fromEntries(options.map((o) => [o.name, new Code(`options.${o.name}`)])));
  const optionHeaders = literalText(Object.fromEntries(options.filter((o) => o.header).map((o) => [o.name, o.header])));
  const classDocs = docText({ summary: `Client of ${api.title} ${api.version}.`, docs: api.description ? { description: api.description } : undefined });
  const transportConfig = `{ ...options, baseUrl: options.baseUrl ?? ${literalText(api.serverUrl)}${options.length ? `, defaults: ${defaults}` : ''}${options.some((o) => o.header) ? `, optionHeaders: ${optionHeaders}` : ''} }`;
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.TypeAlias,
      name: plan.transportOptionsName,
      isExported: true,
      type: `${['TransportOptions', ...connection.slice(1)].join(' & ')} & {\n/** How calls authenticate: \`${AUTH_SHAPES[auths[0]?.kind ?? 'bearer'].example}\`, or any Auth. */\nauth?: Auth | undefined;\n}`,
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
      returnType: 'Transport',
      statements: [`return new Transport(${transportConfig});`],
    },
    {
      kind: StructureKind.TypeAlias,
      name: plan.clientOptionsName,
      isExported: true,
      type: optionsType,
      docs: [`Options of {@link ${api.clientName}}: connection settings${credentials.length ? ' and credentials' : ''}.`],
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
          parameters: [{ name: 'options', type: plan.clientOptionsName, ...(credentials.length ? {} : { initializer: '{}' }) }],
          statements: [
            'const fetch = options.fetch ?? globalThis.fetch.bind(globalThis);',
            // The token endpoint is reached outside the transport: it gets the fetch options there.
            `const auth = authOf(options, ${auths.some((a) => a.kind === 'oauth2-password') ? 'fetchWith(fetch, options.fetchOptions)' : 'fetch'});`,
            // The log is made here, not in the transport, so that an app of operation functions that logs nothing carries no logging code.
            'const log = createLog({ level: options.logLevel, logger: options.logger });',
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
        { name: auths.some((a) => a.kind === 'oauth2-password') ? 'fetch' : '_fetch', type: 'typeof globalThis.fetch' },
      ],
      returnType: 'Auth | undefined',
      statements: authCode.length ? authCode : ['return undefined;'],
    },
  ];
  return [
    ...importsFor(plan, statements),
    ...plan.groups.map((g) => ({ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: `./${g.file}.js`, namedImports: [g.className] })),
    ...statements,
  ];
}

function firstFunction(plan: Plan): string {
  return plan.groups[0]?.operations[0]?.functionName ?? 'operation';
}

/** The `x-client-option` values: a client-wide default per option name. */
function optionDefaults(plan: Plan): { name: string; type: string; doc: string; header?: string }[] {
  const out = new Map<string, { name: string; type: string; doc: string; header?: string }>();
  for (const op of plan.api.operations) {
    for (const p of op.parameters) {
      if (!p.clientOption || out.has(p.clientOption)) continue;
      const type = typeToString(p.type, { plan, direction: 'write', depth: '0' });
      const doc = `Sent as ${p.in} \`${p.name}\` on every call that takes it, unless the call gives its own.`.replace(/\*\//g, '*\\/');
      out.set(p.clientOption, { name: p.clientOption, type, doc, ...(p.in === 'header' ? { header: p.name } : {}) });
    }
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function uniqueBy<T>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}
