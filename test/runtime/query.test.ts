/**
 * How query parameters go on the wire (OpenAPI 3.0 styles): scalars and
 * exploded lists by the transport itself, every other shape and style by
 * `styledQuery`, which the generator names only on the parameters that need it.
 */
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../generated/src/runtime/request.ts';
import { styledQuery, type ParameterSpec } from '../../generated/src/runtime/index.ts';

const BASE = { baseUrl: 'https://api.example.com/v1/' };

function query(spec: ParameterSpec, value: unknown): string {
  const { url } = buildRequest({ method: 'GET', path: '/things', params: { value: spec } }, { value }, undefined, BASE);
  return decodeURIComponent(new URL(url).search.slice(1));
}

describe('query parameters', () => {
  it('sends scalars as they are and lists as repeated keys without a serializer', () => {
    expect(query({ in: 'query', name: 'a' }, 5)).toBe('a=5');
    expect(query({ in: 'query', name: 'a' }, ['x', 'y'])).toBe('a=x&a=y');
    expect(query({ in: 'query', name: 'a' }, null)).toBe('');
  });

  it.each([
    [{ explode: false }, ['x', 'y'], 'a=x,y'],
    [{ style: 'spaceDelimited' as const }, ['x', 'y'], 'a=x+y'],
    [{ style: 'pipeDelimited' as const }, ['x', 'y'], 'a=x|y'],
    [{}, { r: 1, g: 2 }, 'r=1&g=2'],
    [{ explode: false }, { r: 1, g: 2 }, 'a=r,1,g,2'],
    [{ style: 'deepObject' as const }, { r: 1, g: undefined, b: 3 }, 'a[r]=1&a[b]=3'],
    [{ style: 'deepObject' as const }, 'plain', 'a=plain'],
  ])('with styledQuery and %j sends %j as %s', (style, value, expected) => {
    expect(query({ in: 'query', name: 'a', ...style, serialize: styledQuery }, value)).toBe(expected);
  });

  it('builds one URL from the base, the path and the query', () => {
    const { url } = buildRequest(
      {
        method: 'GET',
        path: '/things/{id}',
        params: { id: { in: 'path', name: 'id' }, q: { in: 'query', name: 'q' } },
      },
      { id: 'a b', q: 'x&y' },
      undefined,
      BASE,
    );
    expect(url).toBe('https://api.example.com/v1/things/a%20b?q=x%26y');
  });
});
