import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/clients/http/probe.js';
import { sendJson, startHttpServer, type TestServer } from '../helpers/http.js';

let first: TestServer;
let other: TestServer;
const landed: IncomingHttpHeaders[] = [];
const firstSeen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  other = await startHttpServer((req, res) => {
    landed.push(req.headers);
    sendJson(res, 200, { where: 'other' });
  });
  first = await startHttpServer((req, res) => {
    firstSeen.push(req.headers);
    if (req.url === '/away') return res.writeHead(307, { location: `${other.url}/landing` }).end();
    if (req.url === '/stay') return res.writeHead(302, { location: '/here' }).end();
    sendJson(res, 200, { where: 'first' });
  });
});

afterAll(async () => {
  await Promise.all([first.close(), other.close()]);
});

const secretHeaders = {
  Authorization: 'Bearer tok-first-origin',
  Cookie: 'session=abc123',
  'Proxy-Authorization': 'Basic cHJveHk6cHc=',
  'X-Api-Key': 'key-5f4e3d',
  'X-Tenant-Signature': 'sig-778899',
};

describe('redirects and secret headers (real servers on two origins)', () => {
  it('drops every header the user gave when a redirect leaves the origin, keeping content negotiation', async () => {
    landed.length = 0;
    const result = await probe({
      url: `${first.url}/away`,
      method: 'GET',
      timeoutMs: 2000,
      followRedirects: true,
      headers: { ...secretHeaders, Accept: 'application/json' },
    });
    expect(result.ok && JSON.parse(result.response.body)).toEqual({ where: 'other' });
    expect(landed).toHaveLength(1);
    const names = Object.keys(landed[0]);
    for (const name of Object.keys(secretHeaders)) expect(names).not.toContain(name.toLowerCase());
    expect(JSON.stringify(landed[0])).not.toMatch(/tok-first-origin|abc123|key-5f4e3d|sig-778899/);
    expect(landed[0].accept).toBe('application/json');
  });

  it('keeps the headers on a redirect within the origin', async () => {
    firstSeen.length = 0;
    const result = await probe({
      url: `${first.url}/stay`,
      method: 'GET',
      timeoutMs: 2000,
      followRedirects: true,
      headers: secretHeaders,
    });
    expect(result.ok && JSON.parse(result.response.body)).toEqual({ where: 'first' });
    expect(firstSeen).toHaveLength(2);
    expect(firstSeen[1]['x-api-key']).toBe('key-5f4e3d');
    expect(firstSeen[1].authorization).toBe('Bearer tok-first-origin');
  });
});
