import { describe, expect, it } from 'vitest';
import { compilePath, queryPath } from '../../../src/core/assertions/jsonpath.js';
import { extractCapture, parseCapture } from '../../../src/core/assertions/capture.js';
import { interpolate, interpolateDeep, placeholders } from '../../../src/core/assertions/interpolate.js';
import type { ProbeResponse } from '../../../src/core/http/types.js';

const doc = {
  a: { b: [10, 20, 30], 'odd key': { "it's": 1 }, length: 'own' },
  list: [{ n: 1 }, { n: 2 }, { m: 3 }],
  s: 'hello',
};

function query(path: string): unknown[] {
  const compiled = compilePath(path);
  if (typeof compiled === 'string') throw new Error(compiled);
  return queryPath(compiled, doc);
}

describe('JSONPath subset', () => {
  it.each([
    ['$', [doc]],
    ['$.a.b[1]', [20]],
    ['$.a.b[-1]', [30]],
    ['$.a.b[5]', []],
    ["$.a['odd key']", [{ "it's": 1 }]],
    ["$.a['odd key']['it\\'s']", [1]],
    ['$["s"]', ['hello']],
    ['$.list[*].n', [1, 2]],
    ['$.list.*.m', [3]],
    ['$.a.b.length', [3]],
    ['$.s.length', [5]],
    ['$.a.length', ['own']],
    ['$.missing.deeper', []],
    ['$.s.x', []],
  ])('%s', (path, expected) => {
    expect(query(path)).toEqual(expected);
  });

  it('marks wildcard paths as multiple', () => {
    expect((compilePath('$.list[*].n') as { multiple: boolean }).multiple).toBe(true);
    expect((compilePath('$.a.b[0]') as { multiple: boolean }).multiple).toBe(false);
  });

  it.each(['a.b', '$..a', '$.a[', '$.a[?(@.x)]', '$ .a'])('rejects %s', (path) => {
    expect(typeof compilePath(path)).toBe('string');
  });
});

describe('captures and placeholders', () => {
  const response: ProbeResponse = {
    status: 201,
    statusText: 'Created',
    headers: { etag: 'W/"1"' },
    body: JSON.stringify({ token: 'abc', ids: [1, 2] }),
    bodyTruncated: false,
    url: 'u',
    redirects: [],
    timings: { totalMs: 1 },
  };

  it('extracts from JSONPath, header, status and body', () => {
    const grab = (expression: string) => {
      const source = parseCapture(expression);
      if (typeof source === 'string') throw new Error(source);
      return extractCapture(source, response);
    };
    expect(grab('$.token')).toBe('abc');
    expect(grab('$.ids')).toBe('[1,2]');
    expect(grab('$.ids[*]')).toBe('[1,2]');
    expect(grab('$.nope')).toBeUndefined();
    expect(grab('header ETag')).toBe('W/"1"');
    expect(grab('status')).toBe('201');
    expect(grab('body')).toBe(response.body);
    expect(parseCapture('token')).toContain("must be a JSONPath ($.token), 'header NAME', 'status' or 'body'");
  });

  it('interpolates variables, env and nested JSON, and names unknown ones', () => {
    const scope = { values: { base_url: 'http://h', id: '7' }, env: { TOKEN: 't0k' } };
    expect(interpolate('{{base_url}}/items/{{ id }}?t={{env.TOKEN}}', scope)).toBe('http://h/items/7?t=t0k');
    expect(interpolateDeep({ a: ['{{id}}', 3], b: { c: '{{env.TOKEN}}' } }, scope)).toEqual({
      a: ['7', 3],
      b: { c: 't0k' },
    });
    expect(() => interpolate('{{nope}}', scope)).toThrow(
      'unknown variable {{nope}}; known: {{base_url}}, {{id}}, or {{env.NAME}}',
    );
    expect(() => interpolate('{{env.UNSET}}', scope)).toThrow('environment variable UNSET is not set');
    expect(placeholders('{{a}} and {{ env.B }} and {not}')).toEqual(['a', 'env.B']);
  });
});
