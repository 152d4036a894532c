import type { Call } from '../context.ts';
import { HttpError } from '../errors.ts';

/** The JSON object a write sends; 415 for another media type, 400 for anything but an object. */
export function jsonBody(call: Call): Record<string, unknown> {
  const type = call.headers['content-type'];
  if (!/^application\/json\b/i.test(type ?? ''))
    throw new HttpError(415, `expected application/json, got ${type ?? 'no content type'}`);
  try {
    const parsed = JSON.parse(call.body) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'The request body is not a JSON object');
  }
}
