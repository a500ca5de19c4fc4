import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/health-check/main.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { readBody, startHttpServer, type TestServer } from '../helpers/http.js';

let server: TestServer;
let requests = 0;
const SECRET = 'sk-live-7Qx9ZpL2';

beforeAll(async () => {
  server = await startHttpServer(async (req, res) => {
    requests++;
    await readBody(req);
    // Echoes the Authorization header back: a leak path the action must close.
    res.writeHead(req.url === '/down' ? 503 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: req.url === '/down' ? 'down' : 'ok', echo: req.headers.authorization ?? null }));
  });
});
afterAll(() => server.close());

const tempDir = () => mkdtempSync(join(tmpdir(), 'dk-hc-'));
const fast = { interval: '20ms', 'max-interval': '50ms', 'attempt-timeout': '1s' };

describe('health-check inputs: every bad value is a ConfigError naming the input, and nothing is sent', () => {
  it.each([
    [{ url: '' }, 'url', 'is required'],
    [{ url: 'not a url' }, 'url', 'must be an absolute URL'],
    [{ url: 'ftp://127.0.0.1/x' }, 'url', 'must be an http:// or https:// URL'],
    [{ timeout: '-5s' }, 'timeout', 'must be a duration such as'],
    [{ interval: '-1s' }, 'interval', 'must be a duration'],
    [{ 'attempt-timeout': 'soon' }, 'attempt-timeout', 'must be a duration'],
    [{ 'success-threshold': '0' }, 'success-threshold', 'must be a whole number >= 1'],
    [
      { expect: 'status ~= 200' },
      'expect',
      "line 1: cannot read assertion 'status ~= 200': unknown operator '~='. Valid forms: status == 200",
    ],
    [
      { expect: 'status 2xx\nlatency < 3' },
      'expect',
      "line 2: cannot read assertion 'latency < 3': unknown subject 'latency'",
    ],
    [{ expect: 'duration < 300' }, 'expect', 'duration needs a unit'],
    [{ expect: 'status == {{code}}' }, 'expect', 'only {{env.NAME}} placeholders'],
    [{ 'insecure-skip-tls-verify': 'yes' }, 'insecure-skip-tls-verify', 'must be true or false'],
    [{ method: 'FETCH' }, 'method', 'must be one of GET, HEAD'],
    [{ headers: 'no separator here' }, 'headers', "each line must look like 'name: value'"],
    [{ interval: '5s', 'max-interval': '1s' }, 'max-interval', 'must be at least interval (5s), got 1s'],
  ])('%j -> %s', async (bad, input, message) => {
    const before = requests;
    const runtime = createMemoryRuntime({ url: `${server.url}/ok`, ...bad }, { tempDir: tempDir() });
    expect(await run(runtime)).toBe('config-error');
    expect(runtime.failures[0]).toContain(`deploy-kit/health-check: input '${input}'`);
    expect(runtime.failures[0]).toContain(message);
    expect(runtime.outputs).toEqual({});
    expect(requests).toBe(before);
  });

  it('reports several bad inputs together', async () => {
    const runtime = createMemoryRuntime({ url: 'nope', timeout: 'x', expect: 'bogus' });
    expect(await run(runtime)).toBe('config-error');
    expect(runtime.failures[0]).toMatch(/^deploy-kit\/health-check: 3 invalid inputs:/);
  });
});

describe('health-check adapter', () => {
  it('sets every output, writes the report and a summary table per URL', async () => {
    const dir = tempDir();
    const runtime = createMemoryRuntime(
      { url: `${server.url}/ok\n${server.url}/ok2`, expect: 'status == 200\njsonpath $.status == "ok"', ...fast },
      { tempDir: dir },
    );
    expect(await run(runtime)).toBe('passed');
    expect(runtime.outputs).toMatchObject({ healthy: 'true', attempts: '2' });
    expect(Number(runtime.outputs['elapsed-ms'])).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(runtime.outputs.status)).toEqual({ [`${server.url}/ok`]: 200, [`${server.url}/ok2`]: 200 });
    expect(runtime.outputs.report).toBe(join(dir, 'deploy-kit', 'health-check-report.json'));
    const report = JSON.parse(readFileSync(runtime.outputs.report, 'utf8'));
    expect(report).toMatchObject({ tool: 'deploy-kit/health-check', healthy: true, attempts: 2 });
    expect(report.targets.map((t: { url: string; healthy: boolean }) => [t.url, t.healthy])).toEqual([
      [`${server.url}/ok`, true],
      [`${server.url}/ok2`, true],
    ]);
    expect(runtime.summaries).toContain('## health-check');
    expect(runtime.summaries).toContain(`| ${server.url}/ok | ✅ healthy | 1 | 200 |`);
    expect(runtime.summaries).toContain(`### ✅ ${server.url}/ok2`);
  });

  it('fails the step with the last reason per URL', async () => {
    const runtime = createMemoryRuntime({ url: `${server.url}/down`, timeout: '300ms', ...fast });
    expect(await run(runtime)).toBe('failed');
    expect(runtime.outputs.healthy).toBe('false');
    expect(JSON.parse(runtime.outputs.status)).toEqual({ [`${server.url}/down`]: 503 });
    expect(runtime.failures[0]).toMatch(
      new RegExp(
        `^deploy-kit/health-check: not healthy after \\d+ attempt\\(s\\) in .*: ${server.url}/down: status 2xx: got 503$`,
      ),
    );
  });

  it('never lets a header secret reach logs, outputs, summary, failure or report — even when the server echoes it', async () => {
    const runtime = createMemoryRuntime({
      url: `${server.url}/down`,
      headers: `Authorization: Bearer ${SECRET}\nX-Trace: visible-value`,
      expect: 'status 2xx\nbody contains "status":"ok"',
      timeout: '200ms',
      ...fast,
    });
    expect(await run(runtime)).toBe('failed');
    expect(runtime.secrets).toContain(SECRET);
    expect(runtime.transcript()).toContain('"echo":"***"');
    expect(runtime.transcript()).not.toContain(SECRET);
    const report = readFileSync(runtime.outputs.report, 'utf8');
    expect(report).not.toContain(SECRET);
    expect(JSON.parse(report).settings.headers).toEqual(['Authorization', 'X-Trace']);
  });

  it('warns when TLS verification is skipped', async () => {
    const runtime = createMemoryRuntime({ url: `${server.url}/ok`, 'insecure-skip-tls-verify': 'true', ...fast });
    expect(await run(runtime)).toBe('passed');
    expect(runtime.logs.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      expect.stringContaining('insecure-skip-tls-verify is true: TLS certificates are NOT verified'),
    ]);
  });
});
