import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';
import { sendJson, startHttpServer, type TestServer } from '../helpers/http.js';

let server: TestServer;

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    if (req.url === '/login') return sendJson(res, 200, { token: 'tok-123456' });
    if (req.url === '/me') return sendJson(res, req.headers.authorization === 'Bearer tok-123456' ? 200 : 401, { user: 'bot' });
    sendJson(res, 404, {});
  });
});
afterAll(() => server.close());

const spec = `checks:
  - name: login
    path: /login
    capture: { token: $.token }
  - name: me
    path: /me
    headers: { Authorization: "Bearer {{token}}" }
    expect:
      - status 200
      - jsonpath $.user == "bot"
  - name: missing
    path: /missing
    expect: status 200
`;

describe('dist/smoke-test/index.js, spawned as the runner does', () => {
  it('writes outputs, JUnit, the summary and an annotation at the failing check line', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'dk-smoke-dist-'));
    writeFileSync(join(workspace, 'smoke.yml'), spec);
    const result = await runBundle('smoke-test', { spec: 'smoke.yml', 'base-url': server.url, 'report-dir': 'out' }, { cwd: workspace });
    expect(result.code).toBe(1);
    expect(result.outputs).toEqual({
      passed: 'false', total: '3', failed: '1', report: join(workspace, 'out', 'smoke-test-report.json'), junit: join(workspace, 'out', 'smoke-test-junit.xml'),
    });
    const annotation = result.stdout.split('\n').find((line) => line.startsWith('::error ') && line.includes("check 'missing' failed"));
    expect(annotation).toContain('file=smoke.yml,line=11');
    expect(annotation).toContain("::check 'missing' failed: status 200: got 404");
    expect(result.stdout).toContain('::add-mask::Bearer tok-123456');
    expect(result.summary).toContain('**❌ 2/3 passed**');
    expect(result.summary).toMatch(/\| ✅ pass \| me \| GET http:\/\/127\.0\.0\.1:\d+\/me \| 200 \|/);
    expect(readFileSync(result.outputs.junit, 'utf8')).toContain('<testsuites name="smoke-test" tests="3" failures="1"');
    expect(readFileSync(result.outputs.report, 'utf8')).not.toContain('tok-123456');
  });

  it('exits 1 with a located error for a malformed spec', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'dk-smoke-dist-'));
    writeFileSync(join(workspace, 'smoke.yml'), 'checks:\n  - name: a\n    path: /a\n    expect: [status 2xx\n');
    const result = await runBundle('smoke-test', { spec: 'smoke.yml', 'base-url': server.url }, { cwd: workspace });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error file=smoke\.yml,line=4::input 'spec': invalid YAML/);
    expect(result.outputs).toEqual({});
  });
});
