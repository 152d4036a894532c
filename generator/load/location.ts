import { dirname, join, normalize } from 'node:path';

/** Whether a spec location is an http(s) URL rather than a file path. */
export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Where a `$ref`'s file part points, seen from the document it is written in: a path beside it, or a URL relative to it. */
export function resolveLocation(from: string, ref: string): string {
  if (isUrl(ref)) return ref;
  if (isUrl(from)) return new URL(ref, from).href;
  return join(dirname(from), ref);
}

/** One key per document, however its location was spelled. */
export function locationKey(location: string): string {
  return isUrl(location) ? new URL(location).href : normalize(location);
}
