/**
 * How request bodies are encoded: JSON by the transport itself, every other
 * media type by the encoder the generator names in the operation's spec.
 */
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../generated/src/runtime/request.ts';
import { formBody, multipartBody, rawBody, type OperationSpec } from '../../generated/src/runtime/index.ts';

const BASE = { baseUrl: 'https://api.example.com' };
const send = (spec: Partial<OperationSpec>, body: unknown) =>
  buildRequest({ method: 'POST', path: '/things', ...spec }, { body }, undefined, BASE);

describe('request bodies', () => {
  it('sends JSON for a JSON media type, with its content type', () => {
    const built = send({ body: 'application/merge-patch+json' }, { name: 'x', tags: [1] });
    expect(built.body).toBe('{"name":"x","tags":[1]}');
    expect(built.headers['content-type']).toBe('application/merge-patch+json');
  });

  it('form-encodes with formBody: lists repeat their key, objects go as JSON, empty fields stay out', () => {
    const built = send(
      { body: 'application/x-www-form-urlencoded', encode: formBody },
      { name: 'a & b', ids: [1, 2], meta: { x: 1 }, none: null, gone: undefined },
    );
    expect(String(built.body)).toBe('name=a+%26+b&ids=1&ids=2&meta=%7B%22x%22%3A1%7D');
    expect(built.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('sends multipart with multipartBody, leaving the boundary to fetch', () => {
    const file = new Blob(['hello'], { type: 'text/plain' });
    const built = send(
      { body: 'multipart/form-data', encode: multipartBody },
      { file, note: 'n', meta: { x: 1 }, none: null },
    );
    const form = built.body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect([...form.keys()]).toEqual(['file', 'note', 'meta']);
    expect(form.get('note')).toBe('n');
    expect(form.get('meta')).toBe('{"x":1}');
    expect(Object.hasOwn(built.headers, 'content-type')).toBe(false);
  });

  it('sends strings and bytes as they are with rawBody, anything else as text', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(send({ body: 'application/octet-stream', encode: rawBody }, bytes).body).toBe(bytes);
    const text = send({ body: 'text/plain', encode: rawBody }, 42);
    expect(text.body).toBe('42');
    expect(text.headers['content-type']).toBe('text/plain');
  });
});
