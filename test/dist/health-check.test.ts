import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';
import { sendJson, startHttpServer, type TestServer } from '../helpers/http.js';
import { repoRoot } from '../helpers/repo.js';

let server: TestServer;
const TOKEN = 'hc-bundle-secret-4471';

beforeAll(async () => {
  server = await startHttpServer((req, res) =>
    req.url === '/healthz' ? sendJson(res, 200, { status: 'ok', echo: req.headers.authorization }) : sendJson(res, 503, { status: 'down' }),
  );
});
afterAll(() => server.close());

describe('dist/health-check/index.js, spawned as the runner does', () => {
  it('writes outputs and the summary, masks the header secret', async () => {
    const result = await runBundle('health-check', {
      url: `${server.url}/healthz`, headers: `Authorization: Bearer ${TOKEN}`, expect: 'status 200\njsonpath $.status == "ok"', interval: '50ms',
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({ healthy: 'true', attempts: '1', status: JSON.stringify({ [`${server.url}/healthz`]: 200 }) });
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(result.summary).toContain(`| ${server.url}/healthz | ✅ healthy | 1 | 200 |`);
    const report = readFileSync(result.outputs.report, 'utf8');
    expect(JSON.parse(report)).toMatchObject({ healthy: true });
    expect(report + result.summary).not.toContain(TOKEN);
  });

  it('exits 1 with the reason when the URL stays unhealthy', async () => {
    const result = await runBundle('health-check', { url: `${server.url}/down`, timeout: '300ms', interval: '50ms', 'max-interval': '100ms' });
    expect(result.code).toBe(1);
    expect(result.outputs.healthy).toBe('false');
    expect(result.stdout).toContain('::error::deploy-kit/health-check: not healthy after');
    expect(result.stdout).toContain('status 2xx: got 503');
    expect(result.summary).toContain('❌ unhealthy');
  });

  it('exits 1 on bad input before sending anything, naming the input', async () => {
    const result = await runBundle('health-check', { url: `${server.url}/healthz`, expect: 'status =~ 200' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error::deploy-kit/health-check: input 'expect': line 1: cannot read assertion 'status =~ 200'");
    expect(result.outputs).toEqual({});
  });
});

describe('deploy-kit health (dist/cli)', () => {
  const cli = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      // Async spawn: the test server lives in this process and must keep answering.
      const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  it('exits 0 healthy, 1 unhealthy, 2 on a configuration error', async () => {
    const ok = await cli('health', '--url', `${server.url}/healthz`, '--json');
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ healthy: 'true', attempts: '1' });
    const down = await cli('health', '--url', `${server.url}/down`, '--timeout', '200ms', '--interval', '50ms');
    expect(down.status).toBe(1);
    expect(down.stderr).toContain('status 2xx: got 503');
    const bad = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), 'health', '--url', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("input 'url': must be an absolute URL");
  });
});
