import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/perf-gate/main.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { startHttpServer, type TestServer } from '../helpers/http.js';

const PASSWORD = 'perf-pa55word-77';
const TOKEN = 'qtok-0c9a8b7d6e';
const dir = mkdtempSync(join(tmpdir(), 'dk-perf-url-'));
let server: TestServer;
let requests = 0;

beforeAll(async () => {
  server = await startHttpServer((_req, res) => {
    requests++;
    res.end('{"ok":true}');
  });
});
afterAll(() => server.close());

describe('perf-gate: credentials in the url and headers', () => {
  it('masks the password and token-like query values in the group title, outputs, summary and report', async () => {
    const url = `http://bot:${PASSWORD}@${server.url.slice('http://'.length)}/items?page=2&access_token=${TOKEN}`;
    const report = join(dir, 'report.json');
    const runtime = createMemoryRuntime(
      { url, duration: '1s', warmup: '0', connections: '1', report },
      { cwd: dir, tempDir: dir, env: {} },
    );
    await run(runtime);
    expect(runtime.secrets).toEqual(expect.arrayContaining([PASSWORD, TOKEN]));
    const everything = `${runtime.transcript()}\n${readFileSync(report, 'utf8')}`;
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(TOKEN);
    expect(runtime.logs.map((l) => l.message)).toContain(
      `== perf-gate: GET http://bot:***@${server.url.slice('http://'.length)}/items?page=2&access_token=***`,
    );
  });

  it('refuses a CR in a header value, naming headers, before any load is sent', async () => {
    requests = 0;
    const runtime = createMemoryRuntime(
      { url: server.url, headers: 'X-Note: a\rX-Injected: b', duration: '1s', warmup: '0' },
      { cwd: dir, tempDir: dir, env: {} },
    );
    expect(await run(runtime)).toBe('config-error');
    expect(requests).toBe(0);
    expect(runtime.failures[0]).toMatch(/input 'headers': the value of 'X-Note' contains a CR or NUL character/);
  });
});
