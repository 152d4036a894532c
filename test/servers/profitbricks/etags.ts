import { createHash } from 'node:crypto';

/** `If-Match` / `If-None-Match`: `*`, or a list of (weak or strong, quoted or bare) tags. */
export function etagMatches(header: string, etag: string): boolean {
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1') === etag;
  });
}

/** An entity tag as the `ETag` header carries it. */
export function quote(etag: string): string {
  return `"${etag}"`;
}

/** The entity tag of a view that is not stored (a collection, a request status): a hash of what it shows. */
export function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}
