import { basename, extname } from 'node:path';
import { rawOperations, asObject } from '../load/operations.ts';
import type { Workspace } from '../load/workspace.ts';
import { deref } from '../load/workspace.ts';
import { pascalCase } from '../plan/names.ts';
import { readAsyncStatus, readClient } from './extensions.ts';
import { buildOperation } from './operations.ts';
import { SchemaConverter } from './schema.ts';
import type { Api, Auth, Tag } from './types.ts';

/** Builds the IR of a validated spec; `entry` names its package subpath, over `x-client.entry` and the file name. */
export function buildApi(workspace: Workspace, options: { readonly entry?: string | undefined } = {}): Api {
  const doc = asObject(workspace.root.value);
  const info = asObject(doc['info']);
  const schemas = new SchemaConverter(workspace);
  schemas.registerComponents();
  const operations = rawOperations(workspace).map((raw) => buildOperation(workspace, schemas, raw, doc['security']));
  const client = readClient(doc['x-client']).value ?? {};
  const entry = options.entry ?? client.entry ?? defaultEntry(workspace.root.path);
  const asyncStatus = readAsyncStatus(doc['x-async-status']).value;
  const description = info['description'];
  return {
    kind: 'api',
    entry,
    clientName: client.name ?? `${pascalCase(entry) || 'Api'}Client`,
    title: typeof info['title'] === 'string' ? info['title'] : entry,
    version: typeof info['version'] === 'string' ? info['version'] : '0.0.0',
    ...(typeof description === 'string' ? { description } : {}),
    serverUrl: serverUrl(doc),
    auth: authOf(workspace, doc),
    tags: tagsOf(
      doc,
      operations.map((o) => o.tag),
    ),
    operations,
    models: schemas.allModels(),
    ...(asyncStatus ? { asyncStatus } : {}),
    file: workspace.root.path,
  };
}

/** `specs/profitbricks-v4.yaml` gives `profitbricks-v4`. */
function defaultEntry(path: string): string {
  const name = basename(path, extname(path))
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '');
  return name || 'api';
}

/** The first server, with variables at their defaults (OpenAPI 3.0, Server Object). */
function serverUrl(doc: Record<string, unknown>): string {
  const servers = doc['servers'];
  const first = asObject(Array.isArray(servers) ? servers[0] : undefined);
  let url = typeof first['url'] === 'string' ? first['url'] : '/';
  for (const [name, variable] of Object.entries(asObject(first['variables']))) {
    url = url.replaceAll(`{${name}}`, String(asObject(variable)['default'] ?? ''));
  }
  return url.replace(/\/+$/, '');
}

/** The authentication the document's global security accepts, in the order it lists them. */
function authOf(workspace: Workspace, doc: Record<string, unknown>): Auth[] {
  const schemes = asObject(asObject(doc['components'])['securitySchemes']);
  const requirements = Array.isArray(doc['security']) ? (doc['security'] as unknown[]) : [];
  const names = [...new Set(requirements.flatMap((r) => Object.keys(asObject(r))))];
  const out: Auth[] = [];
  for (const scheme of names) {
    const s = asObject(
      deref(workspace, schemes[scheme], workspace.root, `/components/securitySchemes/${scheme}`)?.value,
    );
    const password = asObject(asObject(s['flows'])['password']);
    if (s['type'] === 'oauth2' && typeof password['tokenUrl'] === 'string') {
      out.push({ kind: 'oauth2-password', scheme, tokenUrl: password['tokenUrl'] });
    } else if (s['type'] === 'http' && String(s['scheme']).toLowerCase() === 'bearer') {
      out.push({ kind: 'bearer', scheme });
    } else if (s['type'] === 'http' && String(s['scheme']).toLowerCase() === 'basic') {
      out.push({ kind: 'basic', scheme });
    } else if (s['type'] === 'apiKey' && (s['in'] === 'header' || s['in'] === 'query')) {
      out.push({ kind: 'api-key', scheme, in: s['in'], name: String(s['name']) });
    }
  }
  return out;
}

/** Declared tags in their order, then tags only operations mention. */
function tagsOf(doc: Record<string, unknown>, used: readonly string[]): Tag[] {
  const declared = (Array.isArray(doc['tags']) ? (doc['tags'] as unknown[]) : []).map(asObject);
  const tags: Tag[] = [];
  for (const t of declared) {
    if (typeof t['name'] !== 'string' || !used.includes(t['name'])) continue;
    tags.push({ name: t['name'], ...(typeof t['description'] === 'string' ? { description: t['description'] } : {}) });
  }
  for (const name of used) if (!tags.some((t) => t.name === name)) tags.push({ name });
  return tags;
}
