import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../src/core/smoke/spec-load.js';
import { renderJunit } from '../../../src/core/smoke/junit.js';
import type { SuiteResult } from '../../../src/core/smoke/run.js';

const valid = `variables:
  user: demo
defaults:
  headers:
    Accept: application/json
  retries: 1
checks:
  - name: login
    method: post
    path: /login
    json: { user: "{{user}}" }
    capture:
      token: $.token
      etag: header etag
  - name: me
    path: /me
    headers:
      Authorization: Bearer {{token}}
    retries: 0
    expect: |
      status 2xx
      jsonpath $.user == {{user}}
  - name: external
    url: "{{base_url}}/x?e={{env.HOME}}"
`;

describe('loadSpec', () => {
  it('validates, applies defaults and links captures to the checks that use them', () => {
    const { spec, problems } = loadSpec(valid, { user: 'override' });
    expect(problems).toEqual([]);
    expect(spec!.variables).toEqual({ user: 'override' });
    expect(spec!.checks.map((c) => [c.name, c.method, c.line, c.retries, c.dependsOn])).toEqual([
      ['login', 'POST', 8, 1, []],
      ['me', 'GET', 15, 0, [0]],
      ['external', 'GET', 23, 1, []],
    ]);
    expect(spec!.checks[1].headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer {{token}}' });
    expect(spec!.checks[1].assertions.map((a) => a.source)).toEqual(['status 2xx', 'jsonpath $.user == {{user}}']);
    expect(Object.keys(spec!.checks[0].captures)).toEqual(['token', 'etag']);
  });

  it.each([
    ['checks:\n  - name: a\n    path: [unclosed\n', 'invalid YAML', 3],
    ['checks: []\n', 'checks: the spec needs at least one check', 1],
    [
      'checks:\n  - name: a\n    path: /a\n    methd: GET\n',
      "checks[0]: unknown key 'methd' (valid keys: name, method",
      4,
    ],
    [
      'checks:\n  - name: a\n    path: /a\n  - name: b\n    path: /b\n    retries: many\n',
      'checks[1].retries: Invalid input',
      6,
    ],
    ['checks:\n  - name: a\n    path: /a\n    method: FETCH\n', 'checks[0].method: method must be one of GET', 4],
    ['checks:\n  - name: a\n', "give exactly one of 'path' (joined to base-url) or 'url'", 2],
    [
      'checks:\n  - name: a\n    path: /a\n    expect:\n      - status 2xx\n      - status ~ 2\n',
      "check 'a': cannot read assertion 'status ~ 2': unknown operator '~'",
      6,
    ],
    [
      'checks:\n  - name: a\n    path: /a?t={{token}}\n  - name: b\n    path: /b\n    capture: { token: $.t }\n',
      'uses {{token}}, which is neither a variable nor captured by an earlier check',
      2,
    ],
    ['checks:\n  - name: a\n    path: /a\n    capture: { t: token }\n', "capture 'token' must be a JSONPath", 4],
    ['checks:\n  - name: a\n    path: /a\n  - name: a\n    path: /b\n', "check name 'a' is used twice", 4],
    ['checks:\n  - name: a\n    path: /a\n    retry-delay: -1s\n', 'must be a duration such as', 4],
    ['check:\n  - name: a\n', "unknown key 'check' (valid keys: variables, defaults, checks)", 1],
  ])('rejects %j with a located message', (text, message, line) => {
    const { spec, problems } = loadSpec(text, {});
    expect(spec).toBeUndefined();
    const problem = problems.find((p) => p.message.includes(message));
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.line).toBe(line);
  });
});

describe('renderJunit', () => {
  it('writes one testcase per check with failure and skipped children, escaping XML', () => {
    const result: SuiteResult = {
      passed: false,
      total: 3,
      failed: 1,
      skipped: 1,
      elapsedMs: 1234,
      checks: [
        {
          name: 'ok',
          index: 0,
          line: 3,
          method: 'GET',
          url: 'http://h/a',
          verdict: 'pass',
          attempts: 1,
          status: 200,
          latencyMs: 12,
          outcomes: [],
          captured: [],
        },
        {
          name: 'bad <one>',
          index: 1,
          line: 7,
          method: 'GET',
          url: 'http://h/b',
          verdict: 'fail',
          attempts: 2,
          status: 500,
          latencyMs: 30,
          outcomes: [{ assertion: 'status 2xx', passed: false, actual: '500', message: 'status 2xx: got 500' }],
          captured: [],
          reason: 'status 2xx: got 500 & "more"',
        },
        {
          name: 'later',
          index: 2,
          line: 9,
          method: 'GET',
          verdict: 'skip',
          attempts: 0,
          outcomes: [],
          captured: [],
          reason: "fail-fast: 'bad' failed",
        },
      ],
    };
    const xml = renderJunit(result, 'smoke-test', 'smoke.yml');
    expect(xml).toContain('<testsuites name="smoke-test" tests="3" failures="1" errors="0" skipped="1" time="1.234">');
    expect(xml).toContain('<testcase name="ok" classname="smoke-test" file="smoke.yml" line="3" time="0.012"/>');
    expect(xml).toContain('<testcase name="bad &lt;one&gt;"');
    expect(xml).toContain(
      '<failure message="status 2xx: got 500 &amp; &quot;more&quot;" type="AssertionError">GET http://h/b -&gt; 500 after 2 attempt(s)\nFAIL status 2xx (got 500)</failure>',
    );
    expect(xml).toContain('<skipped message="fail-fast: &apos;bad&apos; failed"/>');
  });
});
