import { describe, expect, it } from 'vitest';
import { parseAssertion, parseAssertions } from '../../../src/core/assertions/parse.js';
import { evaluateAssertion } from '../../../src/core/assertions/evaluate.js';
import type { ProbeResponse } from '../../../src/core/http/types.js';

function response(overrides: Partial<ProbeResponse> = {}): ProbeResponse {
  return {
    status: 200,
    statusText: 'OK',
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'abc-123' },
    body: JSON.stringify({
      status: 'ok',
      version: '1.2',
      count: 5,
      items: [
        { id: 1, tags: ['a'] },
        { id: 2, tags: [] },
      ],
      meta: null,
    }),
    bodyTruncated: false,
    url: 'http://127.0.0.1/',
    redirects: [],
    timings: { totalMs: 212.4 },
    ...overrides,
  };
}

function run(line: string, res = response()) {
  const parsed = parseAssertion(line);
  if (!parsed.ok) throw new Error(parsed.message);
  return evaluateAssertion(parsed.assertion, res, { values: { want: '200', name: 'ok' }, env: { EXPECTED: 'ok' } });
}

describe('assertion grammar: passing and failing lines', () => {
  it.each([
    ['status == 200', true],
    ['status != 200', false],
    ['status < 400', true],
    ['status >= 300', false],
    ['status in [200, 204]', true],
    ['status in [201, 204]', false],
    ['status in [2xx, 301]', true],
    ['not status in [200]', undefined],
    ['status 2xx', true],
    ['status 5xx', false],
    ['status 200..299', true],
    ['status 300..399', false],
    ['status == {{want}}', true],
    ['header content-type contains json', true],
    ['header Content-Type contains xml', false],
    ['header x-request-id == abc-123', true],
    ['header x-request-id != abc-123', false],
    ['header content-type matches /^application\\/json/', true],
    ['header x-request-id exists', true],
    ['header x-missing exists', false],
    ['header x-missing not exists', true],
    ['body contains "status":"ok"', true],
    ['body not contains error', true],
    ['body matches /"count":\\d+/', true],
    ['body matches /nope/i', false],
    ['jsonpath $.status == "ok"', true],
    ['jsonpath $.status == ok', true],
    ['jsonpath $.status == {{name}}', true],
    ['$.status == {{env.EXPECTED}}', true],
    ['jsonpath $.status != "ok"', false],
    ['jsonpath $.count > 3', true],
    ['jsonpath $.count <= 4', false],
    ['jsonpath $.version == 1.2', true],
    ['jsonpath $.items exists', true],
    ['jsonpath $.nothing exists', false],
    ['jsonpath $.nothing not exists', true],
    ['jsonpath $.meta exists', true],
    ['jsonpath $.items type array', true],
    ['jsonpath $.meta type null', true],
    ['jsonpath $.count type string', false],
    ['jsonpath $.items count >= 1', true],
    ['jsonpath $.items count == 3', false],
    ['jsonpath $.items[*].id count 2', true],
    ['jsonpath $.items length == 2', true],
    ['jsonpath $.items.length == 2', true],
    ['jsonpath $.items[0].id == 1', true],
    ['jsonpath $.items[-1].id == 2', true],
    ["jsonpath $['items'][1]['id'] == 2", true],
    ['jsonpath $.items[*].id == [1, 2]', true],
    ['jsonpath $.items[*].id contains 2', true],
    ['jsonpath $.items[0].tags contains a', true],
    ['jsonpath $.status in ["ok", "degraded"]', true],
    ['jsonpath $.status matches /^o/', true],
    ['jsonpath $.status not matches /^o/', false],
    ['duration < 300ms', true],
    ['duration < 0.2s', false],
    ['duration >= 100ms', true],
  ])('%s -> %s', (line, expected) => {
    if (expected === undefined) {
      expect(parseAssertion(line).ok).toBe(false);
      return;
    }
    const outcome = run(line);
    expect(outcome.passed, outcome.message).toBe(expected);
    if (!expected) expect(outcome.message).toContain('got ');
  });

  it('reports the measured value when an assertion fails', () => {
    expect(run('status 2xx', response({ status: 503 })).message).toBe('status 2xx: got 503');
    expect(run('duration < 100ms').message).toBe('duration < 100ms: got 212ms');
    expect(run('jsonpath $.items count >= 5').message).toBe('jsonpath $.items count >= 5: got count 2');
    expect(run('header x-missing exists').actual).toBe('(absent)');
  });

  it('fails with a reason when nothing can be measured', () => {
    expect(run('jsonpath $.a exists', response({ body: '<html>' })).message).toContain('body is not JSON');
    expect(run('tls.days_remaining > 14').message).toContain('no TLS certificate');
    expect(
      run('tls.days_remaining > 14', response({ tls: { validTo: '', daysRemaining: 30, authorized: true } })).passed,
    ).toBe(true);
    expect(
      run('tls.days_remaining > 14', response({ tls: { validTo: '', daysRemaining: 3, authorized: true } })).message,
    ).toBe('tls.days_remaining > 14: got 3 days');
  });

  it('fails (does not throw) on an unknown variable after interpolation', () => {
    const outcome = run('status == {{nope}}');
    expect(outcome.passed).toBe(false);
    expect(outcome.message).toContain('unknown variable {{nope}}');
    expect(run('$.status == {{env.MISSING}}').message).toContain('environment variable MISSING is not set');
  });
});

describe('assertion grammar: lines that do not parse', () => {
  it.each([
    ['status ~= 200', "unknown operator '~='"],
    ['status == abc', 'status must be a 3-digit code'],
    ['status in [200, 7xx]', "'7xx' is not a status"],
    ['latency < 3', "unknown subject 'latency'"],
    ['header', "'header' needs a header name"],
    ['header x-a > 3', "operator '>' does not apply to header"],
    ['body exists', "operator 'exists' does not apply to body"],
    ['jsonpath items exists', "must start with '$'"],
    ['jsonpath $.a..b exists', 'unsupported JSONPath syntax'],
    ['jsonpath $.a type float', 'type must be one of'],
    ['jsonpath $.a count >= x', 'count needs a whole number'],
    ['jsonpath $.a > big', 'must be a number'],
    ['body matches /[/', 'invalid regular expression'],
    ['duration < 300', 'duration needs a unit'],
    ['duration == 300ms', "operator '==' does not apply to duration"],
    ['header x exists yes', "'exists' takes no value"],
    ['status not == 200', "'not' only goes before"],
    ['', 'it is empty'],
  ])('%s', (line, reason) => {
    const result = parseAssertion(line);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(reason);
      expect(result.message).toContain('Valid forms: status == 200');
    }
  });

  it('collects every bad line with its index', () => {
    const { assertions, problems } = parseAssertions(['status 2xx', 'bogus', 'duration < 1s', 'status ?']);
    expect(assertions).toHaveLength(2);
    expect(problems.map((p) => p.index)).toEqual([1, 3]);
  });
});
