import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/smoke-test/main.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { readBody, sendJson, startHttpServer, type TestServer } from '../helpers/http.js';
import { repoRoot } from '../helpers/repo.js';
import { selfSignedCertificate, startHttpsServer, type HttpsTestServer } from './support-https.js';

let api: TestServer;
let tls: HttpsTestServer;
let inFlight = 0;
let maxInFlight = 0;
const hits = new Map<string, number>();

beforeAll(async () => {
  api = await startHttpServer(async (req, res) => {
    const body = await readBody(req);
    const n = (hits.get(req.url!) ?? 0) + 1;
    hits.set(req.url!, n);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const done = (status: number, value: unknown) => {
      inFlight--;
      sendJson(res, status, value);
    };
    const path = req.url!.split('?')[0];
    if (path === '/healthz') return done(200, { status: 'ok' });
    if (path === '/version') return done(200, { version: '1.4.2' });
    if (path === '/api/items') return done(200, { items: [{ id: 1 }] });
    if (path === '/api/echo') return done(200, JSON.parse(body || '{}'));
    if (path.startsWith('/slow')) return setTimeout(() => done(200, { ok: true }), 150);
    if (path.startsWith('/flaky')) return done(n < 3 ? 503 : 200, { n });
    if (path === '/broken') return done(500, { error: 'boom' });
    if (path === '/hang') return undefined;
    return done(404, {});
  });
  tls = await startHttpsServer(selfSignedCertificate(45), (_req, res) => sendJson(res, 200, { ok: true }));
});
afterAll(async () => {
  await Promise.all([api.close(), tls.close()]);
});

async function suite(spec: string, inputs: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dk-smoke-it-'));
  writeFileSync(join(dir, 'spec.yml'), spec);
  const runtime = createMemoryRuntime({ spec: 'spec.yml', 'base-url': api.url, ...inputs }, { cwd: dir, tempDir: dir });
  const outcome = await run(runtime);
  return { runtime, outcome, report: JSON.parse(readFileSync(runtime.outputs.report, 'utf8')) };
}

const verdicts = (report: { checks: { name: string; verdict: string }[] }) =>
  report.checks.map((c) => `${c.name}:${c.verdict}`);

describe('smoke-test against scripted servers on 127.0.0.1', () => {
  it('passes the fixture suite (captures flow into a JSON body)', async () => {
    const runtime = createMemoryRuntime(
      { spec: 'test/fixtures/smoke/api.yml', 'base-url': api.url, concurrency: '2' },
      { cwd: repoRoot, tempDir: mkdtempSync(join(tmpdir(), 'dk-smoke-it-')) },
    );
    expect(await run(runtime)).toBe('passed');
    expect(runtime.outputs).toMatchObject({ passed: 'true', total: '4', failed: '0' });
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const spec = `checks:\n${[1, 2, 3, 4, 5, 6].map((i) => `  - name: s${i}\n    path: /slow/${i}\n`).join('')}`;
    maxInFlight = 0;
    expect((await suite(spec, { concurrency: '3' })).outcome).toBe('passed');
    expect(maxInFlight).toBe(3);
    maxInFlight = 0;
    expect((await suite(spec.replaceAll('/slow/', '/slow/b'), { concurrency: '1' })).outcome).toBe('passed');
    expect(maxInFlight).toBe(1);
  });

  it('retries a flaky check until it passes, counting attempts', async () => {
    const { outcome, report } = await suite(
      'checks:\n  - name: flaky\n    path: /flaky/a\n    retries: 3\n    retry-delay: 10ms\n    expect: status 200\n',
    );
    expect(outcome).toBe('passed');
    expect(report.checks[0]).toMatchObject({ verdict: 'pass', attempts: 3, status: 200 });
  });

  it('fails a check whose retries run out, with the last measured value', async () => {
    const { outcome, report } = await suite(
      'checks:\n  - name: flaky\n    path: /flaky/b\n    retries: 1\n    retry-delay: 10ms\n',
    );
    expect(outcome).toBe('failed');
    expect(report.checks[0]).toMatchObject({ verdict: 'fail', attempts: 2, reason: 'status 2xx: got 503' });
  });

  it('fail-fast skips what has not started; dependants of a failed capture are skipped', async () => {
    const spec = `checks:
  - name: broken
    path: /broken
    capture: { code: status }
  - name: uses-code
    path: /healthz?c={{code}}
  - name: independent
    path: /healthz
`;
    const slow = await suite(spec);
    expect(verdicts(slow.report)).toEqual(['broken:fail', 'uses-code:skip', 'independent:pass']);
    expect(slow.report.checks[1].reason).toBe("needs a capture from 'broken', which did not pass");
    const fast = await suite(spec, { 'fail-fast': 'true' });
    expect(verdicts(fast.report)).toEqual(['broken:fail', 'uses-code:skip', 'independent:skip']);
    expect(fast.report.checks[2].reason).toBe("fail-fast: 'broken' failed");
    expect(fast.runtime.outputs).toMatchObject({ passed: 'false', total: '3', failed: '1' });
  });

  it('bounds a hanging check by the suite timeout and skips what could not start', async () => {
    const { outcome, report } = await suite(
      'checks:\n  - name: hang\n    path: /hang\n  - name: after\n    path: /healthz\n',
      { timeout: '300ms' },
    );
    expect(outcome).toBe('failed');
    expect(report.checks[0]).toMatchObject({ verdict: 'fail', reason: expect.stringContaining('timed out after') });
    expect(report.checks[1]).toMatchObject({ verdict: 'skip', reason: 'suite timeout reached before it started' });
  });

  it('checks a self-signed HTTPS endpoint only when the check says insecure, and measures its expiry', async () => {
    const spec = `checks:
  - name: strict
    url: ${tls.url}/
  - name: insecure
    url: ${tls.url}/
    insecure: true
    expect:
      - status 200
      - tls.days_remaining >= 44
      - tls.days_remaining < 46
`;
    const { report } = await suite(spec);
    expect(verdicts(report)).toEqual(['strict:fail', 'insecure:pass']);
    expect(report.checks[0].reason).toContain('TLS error: self-signed certificate');
  });
});
