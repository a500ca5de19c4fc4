import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/health-check/main.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { sendJson, startHttpServer, type TestServer } from '../helpers/http.js';
import { selfSignedCertificate, startHttpsServer, type HttpsTestServer } from './support-https.js';

let app: TestServer;
let tls: HttpsTestServer;
const counters = new Map<string, number>();
let bootedAt = 0;

/** Scripted behaviours, selected by path; each path counts its own requests. */
beforeAll(async () => {
  app = await startHttpServer((req, res) => {
    const path = req.url!.split('?')[0];
    const n = (counters.get(req.url!) ?? 0) + 1;
    counters.set(req.url!, n);
    switch (path) {
      case '/warming': // healthy once 200ms have passed since the "deploy" AND it has refused twice
        return Date.now() - bootedAt < 200 || n <= 2
          ? sendJson(res, 503, { status: 'starting' })
          : sendJson(res, 200, { status: 'ok' });
      case '/flapping': // 200, 500, 200, 200, 200...
        return sendJson(res, n === 2 ? 500 : 200, { n });
      case '/broken':
        return sendJson(res, 500, { error: 'boom' });
      case '/hang':
        return undefined;
      case '/wrong-body':
        return sendJson(res, 200, { status: 'degraded', checks: [] });
      case '/slow':
        return setTimeout(() => sendJson(res, 200, { status: 'ok' }), 250);
      case '/moved':
        return res.writeHead(302, { location: '/healthz' }).end();
      default:
        return sendJson(res, 200, { status: 'ok', checks: [{ name: 'db', ok: true }] });
    }
  });
  tls = await startHttpsServer(selfSignedCertificate(30), (_req, res) => sendJson(res, 200, { status: 'ok' }));
});
afterAll(async () => {
  await Promise.all([app.close(), tls.close()]);
});

async function check(inputs: Record<string, string>) {
  const runtime = createMemoryRuntime({
    interval: '25ms',
    'max-interval': '100ms',
    'attempt-timeout': '1s',
    timeout: '2s',
    ...inputs,
  });
  const outcome = await run(runtime);
  return {
    runtime,
    outcome,
    attemptLines: runtime.logs
      .filter((l) => l.level === 'info' && / attempt \d+: /.test(l.message))
      .map((l) => l.message),
  };
}

describe('health-check against scripted servers on 127.0.0.1', () => {
  it('waits for a service that becomes healthy after a delay', async () => {
    bootedAt = Date.now();
    const { runtime, outcome, attemptLines } = await check({
      url: `${app.url}/warming`,
      expect: 'status 2xx\njsonpath $.status == "ok"',
    });
    expect(outcome).toBe('passed');
    expect(Number(runtime.outputs.attempts)).toBeGreaterThanOrEqual(3);
    expect(Number(runtime.outputs['elapsed-ms'])).toBeGreaterThan(0);
    expect(attemptLines[0]).toContain('HTTP 503');
    expect(attemptLines.at(-1)).toContain('HTTP 200');
    expect(attemptLines).toHaveLength(Number(runtime.outputs.attempts));
  });

  it('requires consecutive successes from a flapping service', async () => {
    const { runtime, outcome, attemptLines } = await check({ url: `${app.url}/flapping?a`, 'success-threshold': '2' });
    expect(outcome).toBe('passed');
    expect(runtime.outputs.attempts).toBe('4');
    expect(attemptLines.map((l) => l.match(/HTTP (\d+)/)![1])).toEqual(['200', '500', '200', '200']);
    expect(attemptLines[2]).toContain('ok (1/2 consecutive)');
  });

  it('fails on persistent 500s within the deadline, with the measured status', async () => {
    const { runtime, outcome } = await check({ url: `${app.url}/broken`, timeout: '400ms' });
    expect(outcome).toBe('failed');
    expect(runtime.outputs.healthy).toBe('false');
    expect(Number(runtime.outputs['elapsed-ms'])).toBeLessThan(2500);
    expect(runtime.failures[0]).toContain('status 2xx: got 500');
  });

  it('times out attempts against a server that hangs', async () => {
    const { runtime, outcome, attemptLines } = await check({
      url: `${app.url}/hang`,
      'attempt-timeout': '150ms',
      timeout: '600ms',
    });
    expect(outcome).toBe('failed');
    expect(JSON.parse(runtime.outputs.status)).toEqual({ [`${app.url}/hang`]: 'timeout' });
    expect(attemptLines[0]).toMatch(/attempt 1: timeout in \d+ms, failed: timed out after 150ms/);
  });

  it('reports a wrong body with the value it measured', async () => {
    const { runtime, outcome } = await check({
      url: `${app.url}/wrong-body`,
      expect: 'status 2xx\njsonpath $.status == "ok"\njsonpath $.checks count >= 1',
      timeout: '300ms',
    });
    expect(outcome).toBe('failed');
    expect(runtime.failures[0]).toContain(
      `jsonpath $.status == "ok": got 'degraded'; jsonpath $.checks count >= 1: got count 0`,
    );
  });

  it('fails a slow response on a duration assertion, passes it with a looser one', async () => {
    const slow = await check({ url: `${app.url}/slow`, expect: 'duration < 100ms', timeout: '400ms' });
    expect(slow.outcome).toBe('failed');
    const measured = slow.runtime.summaries.match(/duration &lt; 100ms: got (\d+)ms/);
    expect(Number(measured?.[1])).toBeGreaterThanOrEqual(240);
    expect((await check({ url: `${app.url}/slow`, expect: 'duration < 5s' })).outcome).toBe('passed');
  });

  it('follows redirects by default and checks the redirect itself when told not to', async () => {
    expect((await check({ url: `${app.url}/moved` })).outcome).toBe('passed');
    const pinned = await check({ url: `${app.url}/moved`, 'follow-redirects': 'false', timeout: '200ms' });
    expect(pinned.outcome).toBe('failed');
    expect(JSON.parse(pinned.runtime.outputs.status)).toEqual({ [`${app.url}/moved`]: 302 });
    expect(
      (
        await check({
          url: `${app.url}/moved`,
          'follow-redirects': 'false',
          expect: 'status 302\nheader location == /healthz',
        })
      ).outcome,
    ).toBe('passed');
  });

  it('refuses a self-signed certificate, naming the reason', async () => {
    const { runtime, outcome } = await check({ url: `${tls.url}/`, timeout: '300ms' });
    expect(outcome).toBe('failed');
    expect(JSON.parse(runtime.outputs.status)).toEqual({ [`${tls.url}/`]: 'tls' });
    expect(runtime.failures[0]).toContain('TLS error: self-signed certificate');
  });

  it('accepts it with insecure-skip-tls-verify (warning) and still measures days to expiry', async () => {
    const ok = await check({
      url: `${tls.url}/`,
      'insecure-skip-tls-verify': 'true',
      expect: 'status 200\ntls.days_remaining > 14',
    });
    expect(ok.outcome).toBe('passed');
    expect(ok.runtime.logs.some((l) => l.level === 'warning' && l.message.includes('NOT verified'))).toBe(true);
    expect(ok.runtime.summaries).toMatch(/\| (29|30) \|/);
    const strict = await check({
      url: `${tls.url}/`,
      'insecure-skip-tls-verify': 'true',
      expect: 'tls.days_remaining > 60',
      timeout: '500ms',
    });
    expect(strict.outcome).toBe('failed');
    expect(strict.runtime.summaries).toMatch(/tls.days_remaining &gt; 60: got (29|30) days/);
  });

  it('tells connection refused apart, per URL, when several are checked', async () => {
    const { runtime, outcome } = await check({
      url: `${app.url}/healthz\nhttp://127.0.0.1:1/healthz`,
      timeout: '300ms',
    });
    expect(outcome).toBe('failed');
    expect(JSON.parse(runtime.outputs.status)).toEqual({
      [`${app.url}/healthz`]: 200,
      'http://127.0.0.1:1/healthz': 'connection-refused',
    });
    expect(runtime.summaries).toContain('| connection-refused |');
  });
});
