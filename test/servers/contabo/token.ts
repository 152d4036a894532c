import type { ServerResponse } from 'node:http';
import { rememberSecrets } from '../../helpers/leak.ts';
import type { IssuedToken, ServerState } from './model.ts';
import { send } from './send.ts';

/**
 * The OAuth2 token endpoint, as Contabo's Keycloak answers it: the password
 * grant with the client's and the user's credentials, and the refresh_token
 * grant, which uses up the refresh token it is given. Every secret it sees
 * or hands out is remembered, so that no log or error may show it.
 */
export function tokenEndpoint(
  state: ServerState,
): (method: string, form: Record<string, string>, res: ServerResponse) => void {
  let issuedCount = 0;

  /** Why the grant is refused, as the status and OAuth2 error body to answer with; undefined when it is granted. */
  function refusal(form: Record<string, string>, now: number): [number, Record<string, string>] | undefined {
    const { credentials } = state;
    if (form['client_id'] !== credentials.clientId || form['client_secret'] !== credentials.clientSecret) {
      return [401, { error: 'invalid_client', error_description: 'Invalid client or Invalid client credentials' }];
    }
    if (form['grant_type'] === 'password') {
      if (form['username'] !== credentials.username || form['password'] !== credentials.password) {
        return [401, { error: 'invalid_grant', error_description: 'Invalid user credentials' }];
      }
      return undefined;
    }
    if (form['grant_type'] !== 'refresh_token') return [400, { error: 'unsupported_grant_type' }];
    const old = [...state.tokens.values()].find((t) => t.refreshToken === form['refresh_token']);
    if (!old || old.refreshExpiresAt <= now)
      return [400, { error: 'invalid_grant', error_description: 'Token is not active' }];
    old.refreshExpiresAt = 0;
    return undefined;
  }

  return (method, form, res) => {
    if (method !== 'POST') return send(res, 405, { error: 'invalid_request' });
    rememberSecrets({
      tokens: [form['client_secret'], form['password'], form['refresh_token']].filter((s): s is string => !!s),
    });
    const now = Date.now();
    const refused = refusal(form, now);
    if (refused) return send(res, ...refused);
    issuedCount++;
    const issued: IssuedToken = {
      accessToken: `access-${issuedCount}-${crypto.randomUUID()}`,
      refreshToken: `refresh-${issuedCount}-${crypto.randomUUID()}`,
      expiresAt: now + state.expiresIn * 1000,
      refreshExpiresAt: state.refreshExpiresIn > 0 ? now + state.refreshExpiresIn * 1000 : 0,
      grant: form['grant_type']!,
    };
    state.tokens.set(issued.accessToken, issued);
    rememberSecrets({ tokens: [issued.accessToken, issued.refreshToken] });
    send(res, 200, {
      access_token: issued.accessToken,
      expires_in: state.expiresIn,
      token_type: 'Bearer',
      'not-before-policy': 0,
      scope: 'profile email',
      ...(state.refreshExpiresIn > 0
        ? { refresh_token: issued.refreshToken, refresh_expires_in: state.refreshExpiresIn }
        : {}),
    });
  };
}
