import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/clients/http/probe.js';
import { readBody, sendJson, startHttpServer, type TestServer } from '../helpers/http.js';
import { selfSignedCertificate, startHttpsServer, type HttpsTestServer } from './support-https.js';

let http: TestServer;
let other: TestServer;
let https: HttpsTestServer;
const seen: { url: string; auth?: string; method: string; body: string }[] = [];

beforeAll(async () => {
  other = await startHttpServer(async (req, res) => {
    seen.push({
      url: `other${req.url}`,
      auth: req.headers.authorization,
      method: req.method!,
      body: await readBody(req),
    });
    sendJson(res, 200, { where: 'other' });
  });
  http = await startHttpServer(async (req, res) => {
    const body = await readBody(req);
    seen.push({ url: req.url!, auth: req.headers.authorization, method: req.method!, body });
    const path = req.url!;
    if (path === '/hang') return; // never answers
    if (path === '/slow') return setTimeout(() => sendJson(res, 200, { slow: true }), 150);
    if (path === '/big') return res.end('x'.repeat(5000));
    if (path === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (path === '/to-same') return res.writeHead(301, { location: '/final' }).end();
    if (path === '/post-redirect') return res.writeHead(303, { location: '/final' }).end();
    if (path === '/to-other') return res.writeHead(307, { location: `${other.url}/landing` }).end();
    sendJson(res, 200, { path, method: req.method, body });
  });
  https = await startHttpsServer(selfSignedCertificate(30), (_req, res) => sendJson(res, 200, { secure: true }));
});

afterAll(async () => {
  await Promise.all([http.close(), other.close(), https.close()]);
});

const get = (url: string, extra: Partial<Parameters<typeof probe>[0]> = {}) =>
  probe({ url, method: 'GET', timeoutMs: 2000, ...extra });

describe('probe over real sockets on 127.0.0.1', () => {
  it('returns status, lower-cased headers, body and timings', async () => {
    const result = await get(`${http.url}/ok`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.response.status).toBe(200);
    expect(result.response.headers['content-type']).toBe('application/json');
    expect(JSON.parse(result.response.body)).toMatchObject({ path: '/ok' });
    expect(result.response.timings.connectMs).toBeGreaterThan(0);
    expect(result.response.timings.totalMs).toBeGreaterThanOrEqual(result.response.timings.firstByteMs!);
    expect(result.response.tls).toBeUndefined();
  });

  it('classifies a closed port as connection refused', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const result = await get(`http://127.0.0.1:${port}/`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({
        kind: 'connection-refused',
        message: `connection refused (127.0.0.1:${port})`,
      });
  });

  it('classifies a failed name lookup as DNS (resolver injected: nothing leaves the host)', async () => {
    const lookup = ((_host: string, _opts: unknown, cb: (err: NodeJS.ErrnoException) => void) =>
      cb(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }))) as never;
    const result = await get('http://no-such-host.invalid/', { lookup });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({
        kind: 'dns',
        message: 'DNS lookup failed for no-such-host.invalid (ENOTFOUND)',
      });
  });

  it('times out a server that never answers, within the deadline', async () => {
    const started = Date.now();
    const result = await get(`${http.url}/hang`, { timeoutMs: 200 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({
        kind: 'timeout',
        message: `timed out after 200ms (127.0.0.1:${http.url.split(':')[2]})`,
      });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('measures a slow response', async () => {
    const result = await get(`${http.url}/slow`);
    expect(result.ok && result.response.timings.totalMs).toBeGreaterThanOrEqual(140);
  });

  it('caps the body and says it was truncated', async () => {
    const result = await get(`${http.url}/big`, { maxBodyBytes: 1000 });
    expect(result.ok && result.response.body.length).toBe(1000);
    expect(result.ok && result.response.bodyTruncated).toBe(true);
  });

  it('refuses a self-signed certificate with the reason, and reads it when verification is skipped', async () => {
    const refused = await get(`${https.url}/`);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    if (!refused.ok) expect(refused.error.message).toContain('TLS error: self-signed certificate');
    const accepted = await get(`${https.url}/`, { insecure: true });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    expect(accepted.response.tls).toMatchObject({ subject: '127.0.0.1', authorized: false });
    expect(accepted.response.tls!.daysRemaining).toBeGreaterThanOrEqual(29);
    expect(accepted.response.tls!.daysRemaining).toBeLessThanOrEqual(30);
    expect(accepted.response.timings.tlsMs).toBeGreaterThan(0);
    const later = await get(`${https.url}/`, { insecure: true, now: () => Date.now() + 40 * 86_400_000 });
    expect(later.ok && later.response.tls!.daysRemaining).toBeLessThan(0);
  });

  it('follows redirects only when asked, recording each hop', async () => {
    const notFollowed = await get(`${http.url}/to-same`);
    expect(notFollowed.ok && notFollowed.response.status).toBe(301);
    const followed = await get(`${http.url}/to-same`, { followRedirects: true });
    expect(followed.ok && followed.response.status).toBe(200);
    expect(followed.ok && followed.response.redirects).toEqual([`${http.url}/final`]);
    expect(followed.ok && followed.response.url).toBe(`${http.url}/final`);
  });

  it('turns a 303 after POST into a GET without the body', async () => {
    seen.length = 0;
    const result = await probe({
      url: `${http.url}/post-redirect`,
      method: 'POST',
      body: 'payload',
      timeoutMs: 2000,
      followRedirects: true,
    });
    expect(result.ok && JSON.parse(result.response.body)).toMatchObject({ method: 'GET', body: '' });
    expect(seen.map((s) => s.method)).toEqual(['POST', 'GET']);
  });

  it('drops credentials when a redirect leaves the origin', async () => {
    seen.length = 0;
    const result = await get(`${http.url}/to-other`, {
      followRedirects: true,
      headers: { Authorization: 'Bearer s3cr3t-token' },
    });
    expect(result.ok && JSON.parse(result.response.body)).toEqual({ where: 'other' });
    expect(seen).toEqual([
      expect.objectContaining({ url: '/to-other', auth: 'Bearer s3cr3t-token' }),
      expect.objectContaining({ url: 'other/landing', auth: undefined }),
    ]);
  });

  it('stops a redirect loop', async () => {
    const result = await get(`${http.url}/loop`, { followRedirects: true, maxRedirects: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('too-many-redirects');
    if (!result.ok) expect(result.redirects).toHaveLength(3);
  });
});
