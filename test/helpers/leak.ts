/**
 * Asserts that an error does not give away a credential in any of the forms
 * it ends up in when logged: its message, `String(error)`, `JSON.stringify`,
 * or `util.inspect(error, { depth: 10 })` (which shows the cause chain and
 * every own property).
 *
 *   assertNoLeak(error, [password, clientSecret, ...api.issuedSecrets()]);
 */
import { AssertionError } from 'node:assert';
import { inspect } from 'node:util';

export interface LeakCredentials {
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly username?: string;
  readonly password?: string;
  /** Access and refresh tokens handed out during the test. */
  readonly tokens?: readonly string[];
}

/**
 * The forms a credential can take on the wire: as is, percent- and
 * form-encoded, and the Basic / Bearer Authorization header values.
 */
export function secretForms(credentials: LeakCredentials): string[] {
  const forms = new Set<string>();
  const add = (secret: string | undefined): void => {
    if (!secret) return;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
    forms.add(JSON.stringify(secret).slice(1, -1));
  };
  const { clientId, clientSecret, username, password, tokens = [] } = credentials;
  add(clientSecret);
  add(password);
  for (const token of tokens) {
    add(token);
    forms.add(`Bearer ${token}`);
  }
  if (clientId && clientSecret) forms.add(basic(clientId, clientSecret));
  if (username && password) forms.add(basic(username, password));
  return [...forms];
}

/** Every credential form that reached a fake server during this test file. */
const remembered = new Set<string>();

/** Remembers credentials a fake server received or issued, for `assertNoLeakInLines`. */
export function rememberSecrets(credentials: LeakCredentials): void {
  for (const form of secretForms(credentials)) if (form.length >= 6) remembered.add(form);
}

/** Remembers what a request carried as credentials: its Authorization (Basic decoded) and Cookie headers. */
export function rememberRequestSecrets(headers: Readonly<Record<string, string | string[] | undefined>>): void {
  const authorization = headers['authorization'];
  if (typeof authorization === 'string') {
    const [scheme = '', value = ''] = authorization.split(/ (.*)/s);
    remembered.add(authorization);
    if (/^basic$/i.test(scheme)) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      rememberSecrets({ password: decoded.slice(colon + 1), tokens: [value] });
    } else rememberSecrets({ tokens: [value] });
  }
  const cookie = headers['cookie'];
  if (typeof cookie === 'string')
    rememberSecrets({ tokens: cookie.split(/;\s*/).map((c) => c.slice(c.indexOf('=') + 1)) });
}

export function rememberedSecrets(): string[] {
  return [...remembered].filter((secret) => secret.length >= 6);
}

/** Throws an AssertionError naming the first log line that holds a secret. */
export function assertNoLeakInLines(lines: readonly string[], secrets: readonly string[]): void {
  for (const line of lines) {
    for (const secret of secrets) {
      if (line.includes(secret)) {
        throw new AssertionError({
          message: `a log line contains a credential (${redact(secret)}):\n${line.replaceAll(secret, '<<SECRET>>')}`,
        });
      }
    }
  }
}

/** Throws an AssertionError naming the first place a secret shows up. */
export function assertNoLeak(error: unknown, credentials: LeakCredentials | readonly string[]): void {
  const secrets = Array.isArray(credentials)
    ? (credentials as readonly string[])
    : secretForms(credentials as LeakCredentials);
  for (const secret of secrets) {
    // An empty or tiny "secret" would match everything and prove nothing.
    if (secret.length < 6) throw new Error(`assertNoLeak: secret ${JSON.stringify(secret)} is too short to look for`);
  }
  const views: [string, string][] = [
    ['message', error instanceof Error ? error.message : ''],
    ['String(error)', safe(() => String(error))],
    ['JSON.stringify(error)', safe(() => JSON.stringify(error) ?? '')],
    ['util.inspect(error, { depth: 10 })', safe(() => inspect(error, { depth: 10 }))],
  ];
  for (const [where, text] of views) {
    for (const secret of secrets) {
      if (text.includes(secret)) {
        throw new AssertionError({
          message: `${where} contains a credential (${redact(secret)}):\n${text.replaceAll(secret, '<<SECRET>>')}`,
        });
      }
    }
  }
}

/**
 * Awaits a call that must fail; checks that what it throws is a `type` and
 * gives away none of the credentials; returns the error.
 */
export async function expectFailure<E>(
  call: PromiseLike<unknown>,
  type: abstract new (...args: never[]) => E,
  ...credentials: readonly LeakCredentials[]
): Promise<E> {
  const none = Symbol('no error');
  let caught: unknown = none;
  try {
    await call;
  } catch (error) {
    caught = error;
  }
  if (caught === none) throw new Error(`expected the call to fail with ${type.name}, it succeeded`);
  for (const each of credentials) assertNoLeak(caught, each);
  if (!(caught instanceof type)) throw new Error(`expected ${type.name}, got ${inspect(caught)}`);
  return caught;
}

function basic(user: string, secret: string): string {
  return `Basic ${Buffer.from(`${user}:${secret}`, 'utf8').toString('base64')}`;
}

function safe(render: () => string): string {
  try {
    return render();
  } catch (error) {
    // Circular structures and throwing getters: inspect can still show the rest.
    return `<unrenderable: ${String(error)}>`;
  }
}

function redact(secret: string): string {
  return `${secret.slice(0, 3)}…(${secret.length} chars)`;
}
