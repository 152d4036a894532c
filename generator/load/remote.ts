import { isUrl, locationKey, resolveLocation } from './location.ts';
import { parseSource } from './source.ts';
import { refSites } from './workspace.ts';

/** How long one document may take to arrive. */
const TIMEOUT_MS = 30_000;

/**
 * Fetches the documents of specs given by http(s) URL, and every document
 * their `$ref`s reach by URL, before loading: loading itself reads
 * synchronously. What cannot be fetched is left out, with the reason, for
 * loading to report as an unreadable file at the `$ref` that names it.
 */
export async function fetchDocuments(locations: readonly string[]): Promise<Map<string, string | Error>> {
  const documents = new Map<string, string | Error>();
  let pending = locations.filter(isUrl);
  while (pending.length > 0) {
    const batch = [...new Set(pending.map(locationKey))].filter((url) => !documents.has(url));
    pending = [];
    const texts = await Promise.all(batch.map(fetchText));
    batch.forEach((url, i) => {
      const text = texts[i]!;
      documents.set(url, text);
      if (text instanceof Error) return;
      const { source } = parseSource(url, text);
      for (const site of source ? refSites(source) : []) {
        const file = site.ref.split('#')[0]!;
        if (file !== '') pending.push(resolveLocation(url, file));
      }
    });
    pending = pending.filter(isUrl);
  }
  return documents;
}

async function fetchText(url: string): Promise<string | Error> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { accept: 'application/yaml, application/json;q=0.9, */*;q=0.8' },
    });
    if (!response.ok) return withCode(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return withCode(cause ?? (error instanceof Error ? error.name : String(error)));
  }
}

/** Errors carry their reason as `code`, as file system errors do, for the unreadable-file finding. */
function withCode(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/** A reader of spec locations: fetched documents by URL, files otherwise. */
export function readerWith(
  documents: ReadonlyMap<string, string | Error>,
  readFile: (path: string) => string,
): (location: string) => string {
  return (location) => {
    if (!isUrl(location)) return readFile(location);
    const text = documents.get(locationKey(location));
    if (text === undefined) throw withCode('not fetched');
    if (text instanceof Error) throw text;
    return text;
  };
}
