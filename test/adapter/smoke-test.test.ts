import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/smoke-test/main.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { readBody, sendJson, startHttpServer, type TestServer } from '../helpers/http.js';

let api: TestServer;
let requests = 0;
const API_KEY = 'ak_test_51Hx9QzK';
const SESSION = 'sess-b7c1f0e2a9';

beforeAll(async () => {
  api = await startHttpServer(async (req, res) => {
    requests++;
    const body = await readBody(req);
    if (req.url === '/login' && req.method === 'POST') {
      if (req.headers['x-api-key'] !== API_KEY) return sendJson(res, 401, { error: 'bad key' });
      return sendJson(res, 200, { token: SESSION, user: JSON.parse(body).user });
    }
    if (req.url === '/me') {
      const auth = req.headers.authorization;
      // Echoes the credential it got: the report must still not contain it.
      return sendJson(res, auth === `Bearer ${SESSION}` ? 200 : 401, { user: 'smoke-bot', auth });
    }
    if (req.url === '/items') return sendJson(res, 200, { items: [{ id: 1 }, { id: 2 }] });
    sendJson(res, 404, { error: 'not found' });
  });
});
afterAll(() => api.close());

function workspace(spec: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-smoke-'));
  writeFileSync(join(dir, 'smoke.yml'), spec);
  return dir;
}

const goodSpec = `variables:
  user: smoke-bot
checks:
  - name: login
    method: POST
    path: /login
    headers:
      X-Api-Key: "{{env.SMOKE_API_KEY}}"
    json: { user: "{{user}}" }
    expect:
      - status 200
      - jsonpath $.user == "{{user}}"
    capture:
      token: $.token
  - name: me
    path: /me
    headers:
      Authorization: Bearer {{token}}
    expect:
      - status 200
      - jsonpath $.user == {{user}}
  - name: items
    path: /items
    expect:
      - jsonpath $.items count >= 3
`;

describe('smoke-test inputs: every bad value is a ConfigError naming the input, and nothing is sent', () => {
  it.each([
    ['missing spec file', { spec: 'nope.yml' }, 'spec', "'nope.yml' does not exist", undefined],
    ['empty spec input', { spec: '' }, 'spec', 'is required', undefined],
    ['malformed YAML', { spec: 'smoke.yml', text: 'checks:\n  - name: a\n    path: [x\n' }, 'spec', 'invalid YAML', 3],
    [
      'unknown assertion operator',
      { spec: 'smoke.yml', text: 'checks:\n  - name: a\n    path: /a\n    expect:\n      - status ~ 200\n' },
      'spec',
      "unknown operator '~'",
      5,
    ],
    [
      'unknown variable',
      { spec: 'smoke.yml', text: 'checks:\n  - name: a\n    path: /a/{{id}}\n' },
      'spec',
      'uses {{id}}, which is neither a variable',
      2,
    ],
    ['non-URL base-url', { 'base-url': 'localhost:8080' }, 'base-url', 'must be an', undefined],
    ['missing base-url', { 'base-url': '' }, 'base-url', "is required: check 'login' gives a path", 4],
    ['zero concurrency', { concurrency: '0' }, 'concurrency', 'must be a whole number >= 1', undefined],
    ['bad boolean', { 'fail-fast': 'maybe' }, 'fail-fast', 'must be true or false', undefined],
    ['negative timeout', { timeout: '-1m' }, 'timeout', 'must be a duration', undefined],
    ['bad variables', { variables: 'user: [unclosed' }, 'variables', 'is not valid YAML/JSON', undefined],
  ])('%s', async (_label, given, input, message, line) => {
    const { text, ...inputs } = given as Record<string, string>;
    const dir = workspace(text ?? goodSpec);
    const before = requests;
    const runtime = createMemoryRuntime(
      { spec: 'smoke.yml', 'base-url': api.url, ...inputs },
      { cwd: dir, tempDir: dir },
    );
    expect(await run(runtime)).toBe('config-error');
    expect(runtime.failures[0]).toContain(`deploy-kit/smoke-test: input '${input}'`);
    expect(runtime.failures[0]).toContain(message);
    expect(runtime.outputs).toEqual({});
    expect(requests).toBe(before);
    if (line !== undefined) {
      expect(runtime.failures[0]).toContain(`(smoke.yml:${line})`);
      expect(runtime.logs.find((l) => l.level === 'error')?.annotation).toEqual({ file: 'smoke.yml', startLine: line });
    }
  });
});

describe('smoke-test adapter', () => {
  it('runs the suite with captures, writes JSON and JUnit, annotates the failing check and keeps secrets out', async () => {
    const dir = workspace(goodSpec);
    const runtime = createMemoryRuntime(
      { spec: 'smoke.yml', 'base-url': api.url, 'report-dir': 'reports' },
      { cwd: dir, tempDir: dir, env: { SMOKE_API_KEY: API_KEY } },
    );
    expect(await run(runtime)).toBe('failed');
    expect(runtime.outputs).toEqual({
      passed: 'false',
      total: '3',
      failed: '1',
      report: join(dir, 'reports', 'smoke-test-report.json'),
      junit: join(dir, 'reports', 'smoke-test-junit.xml'),
    });
    const report = JSON.parse(readFileSync(runtime.outputs.report, 'utf8'));
    expect(
      report.checks.map((c: { name: string; verdict: string; status: number }) => [c.name, c.verdict, c.status]),
    ).toEqual([
      ['login', 'pass', 200],
      ['me', 'pass', 200],
      ['items', 'fail', 200],
    ]);
    expect(report.checks[0].captured).toEqual(['token']);
    expect(report.checks[2].outcomes[0]).toMatchObject({
      assertion: 'jsonpath $.items count >= 3',
      passed: false,
      actual: 'count 2',
    });
    const junit = readFileSync(runtime.outputs.junit, 'utf8');
    expect(junit).toContain('tests="3" failures="1"');
    expect(junit).toContain('<testcase name="login" classname="smoke-test" file="smoke.yml" line="4"');
    const annotation = runtime.logs.find((l) => l.level === 'error');
    expect(annotation).toMatchObject({
      message: "check 'items' failed: jsonpath $.items count >= 3: got count 2",
      annotation: { file: 'smoke.yml', startLine: 22 },
    });
    expect(runtime.summaries).toContain('**❌ 2/3 passed** (1 failed, 0 skipped)');
    expect(runtime.summaries).toMatch(
      /\| ✅ pass \| me \| GET http:\/\/127\.0\.0\.1:\d+\/me \| 200 \| \d+ms \| 1 \| ✓ status 200 → 200<br>✓ jsonpath \$\.user == \{\{user\}\} → 'smoke-bot' \|/,
    );
    expect(runtime.failures).toEqual([expect.stringContaining('deploy-kit/smoke-test: 1 of 3 check(s) failed in')]);
    expect(runtime.secrets).toEqual(expect.arrayContaining([API_KEY, `Bearer ${SESSION}`, SESSION]));
    for (const text of [runtime.transcript(), readFileSync(runtime.outputs.report, 'utf8'), junit]) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(SESSION);
    }
  });

  it('passes when every check passes, with variables from the input overriding the spec', async () => {
    const spec = goodSpec.replace('count >= 3', 'count == 2');
    const dir = workspace(spec);
    const runtime = createMemoryRuntime(
      { spec: join(dir, 'smoke.yml'), 'base-url': `${api.url}/`, variables: 'user: smoke-bot' },
      { cwd: dir, tempDir: dir, env: { SMOKE_API_KEY: API_KEY } },
    );
    expect(await run(runtime)).toBe('passed');
    expect(runtime.outputs).toMatchObject({ passed: 'true', total: '3', failed: '0' });
    expect(runtime.outputs.report).toBe(join(dir, 'deploy-kit', 'smoke-test-report.json'));
    expect(runtime.logs.filter((l) => /^✓ /.test(l.message))).toHaveLength(3);
  });

  it('treats a capture named like a credential as a secret, even in a later failing check that shows the body', async () => {
    const spec = `checks:
  - name: login
    method: POST
    path: /login
    headers: { X-Api-Key: "{{env.SMOKE_API_KEY}}" }
    json: { user: a }
    capture: { session_token: $.token }
  - name: login-again
    method: POST
    path: /login
    headers: { X-Api-Key: "{{env.SMOKE_API_KEY}}" }
    json: { user: b }
    expect: body contains nothing-like-this
`;
    const dir = workspace(spec);
    const runtime = createMemoryRuntime(
      { spec: 'smoke.yml', 'base-url': api.url },
      { cwd: dir, tempDir: dir, env: { SMOKE_API_KEY: API_KEY } },
    );
    expect(await run(runtime)).toBe('failed');
    expect(runtime.secrets).toContain(SESSION);
    const report = readFileSync(runtime.outputs.report, 'utf8');
    expect(JSON.parse(report).checks[1].outcomes[0].actual).toContain('"token":"***"');
    for (const text of [runtime.transcript(), report, readFileSync(runtime.outputs.junit, 'utf8')])
      expect(text).not.toContain(SESSION);
  });
});
