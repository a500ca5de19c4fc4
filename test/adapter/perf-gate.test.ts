import { captureIo } from '../helpers/cli-io.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/perf-gate/main.js';
import { perfCommand } from '../../src/cli/perf-command.js';
import type { PerfReport } from '../../src/core/perf/report.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { startHttpServer, type TestServer } from '../helpers/http.js';

const SECRET = 'Bearer perf-s3cret-token';
const dir = mkdtempSync(join(tmpdir(), 'dk-perf-adapter-'));
let server: TestServer;
let authorized = 0;
let unauthorized = 0;

function io() {
  return captureIo({ ...process.env, GITHUB_WORKSPACE: dir });
}

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    if (req.headers.authorization === SECRET) authorized++;
    else unauthorized++;
    setTimeout(() => res.end('{"ok":true}'), 2);
  });
});
afterAll(() => server.close());

describe('perf-gate adapter (memory runtime)', () => {
  it('sets every output, writes a summary with a table and a Mermaid chart, and never leaks the header secret', async () => {
    const report = join(dir, 'adapter.json');
    const runtime = createMemoryRuntime(
      { url: server.url, headers: `Authorization: ${SECRET}`, duration: '1s', warmup: '0', connections: '2', report },
      { cwd: dir, tempDir: dir, env: {} },
    );
    expect(await run(runtime)).toBe('passed');
    expect(Object.keys(runtime.outputs).sort()).toEqual([
      'error-rate',
      'p50-ms',
      'p95-ms',
      'p99-ms',
      'passed',
      'report',
      'rps',
      'verdict',
    ]);
    expect(runtime.outputs).toMatchObject({ passed: 'true', verdict: 'pass', 'error-rate': '0', report });
    expect(Number(runtime.outputs.rps)).toBeGreaterThan(50);
    expect(runtime.summaries).toContain('| threshold | measured | verdict | baseline delta |');
    expect(runtime.summaries).toContain('```mermaid\nxychart-beta');
    expect(runtime.secrets).toContain(SECRET);
    expect(authorized).toBeGreaterThan(50);
    expect(unauthorized).toBe(0);
    expect(runtime.transcript()).not.toContain('s3cret');
    expect(readFileSync(report, 'utf8')).not.toContain('s3cret');
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as PerfReport;
    expect(parsed.timeline.length).toBe(10);
    expect(parsed.generator?.cpu).toBeGreaterThan(0);
  });

  it('skips max-regression with a warning when there is no baseline yet (first release)', async () => {
    const runtime = createMemoryRuntime(
      {
        url: server.url,
        duration: '500ms',
        warmup: '0',
        connections: '1',
        'max-regression': 'p(95): 10%',
        report: join(dir, 'first.json'),
      },
      { cwd: dir, tempDir: dir, env: {} },
    );
    expect(await run(runtime)).toBe('passed');
    expect(runtime.logs.some((l) => l.level === 'warning' && l.message.includes('regression check is skipped'))).toBe(
      true,
    );
    expect(JSON.parse(readFileSync(join(dir, 'first.json'), 'utf8')).regressions).toEqual([]);
  });
});

describe('perf-gate open model with ramping stages and k6 thresholds', () => {
  it('ramps the arrival rate, sends the secret header on the pool, judges k6 lines and charts arrivals', async () => {
    const report = join(dir, 'ramp.json');
    const before = unauthorized;
    const runtime = createMemoryRuntime(
      {
        url: server.url,
        headers: `Authorization: ${SECRET}`,
        stages: '500ms: 200\n500ms: 200',
        connections: '20',
        warmup: '0',
        thresholds: "http_req_duration: ['p(95)<2000', 'p(99)<5000']\nhttp_req_failed: rate<0.01",
        report,
      },
      { cwd: dir, tempDir: dir, env: {} },
    );
    expect(await run(runtime)).toBe('passed');
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as PerfReport;
    expect(parsed.model).toBe('open');
    expect(parsed.config).toMatchObject({ durationMs: 1000, stages: [{ rate: 200, durationMs: 500 }, { rate: 200 }] });
    // 0 -> 200 req/s over 500ms (50 requests), then 200 req/s for 500ms (100).
    expect(parsed.arrivals!.intended).toBe(150);
    expect(parsed.thresholds.map((t) => t.expression)).toEqual([
      'http_req_duration: p(95)<2000',
      'http_req_duration: p(99)<5000',
      'http_req_failed: rate<0.01',
    ]);
    const sent = parsed.timeline.map((w) => w.arrivals!);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(parsed.arrivals!.sent);
    expect(sent[0]).toBeLessThan(sent[sent.length - 1]);
    expect(runtime.summaries).toContain('ramping arrival rate from 0 req/s');
    expect(runtime.summaries).toContain('### Arrivals and responses');
    expect(unauthorized).toBe(before);
    expect(runtime.transcript()).not.toContain('s3cret');
  });

  it.each([
    ['30s 200', 'stages', "must look like '30s: 200'"],
    ['1s: fast', 'stages', "must look like '30s: 200'"],
    ['1s: 0', 'stages', 'never sends a request'],
    ['7h: 10', 'stages', '6h at most'],
  ])('rejects stages %j naming the input', async (stages, input, message) => {
    const runtime = createMemoryRuntime({ url: server.url, stages }, { cwd: dir, tempDir: dir, env: {} });
    expect(await run(runtime)).toBe('config-error');
    expect(runtime.failures[0]).toContain(`input '${input}'`);
    expect(runtime.failures[0]).toContain(message);
  });
});

describe('deploy-kit perf (CLI)', () => {
  it('shows progress on stderr, outputs on stdout, and merges shard reports with `perf merge`', async () => {
    const paths = [join(dir, 'shard-1.json'), join(dir, 'shard-2.json')];
    const runs = await Promise.all(
      paths.map(async (path, i) => {
        const t = io();
        const code = await perfCommand.run(
          [
            '--url',
            server.url,
            '--duration',
            '1500ms',
            '--warmup',
            '0',
            '--connections',
            '2',
            '--shard',
            String(i + 1),
            '--shards',
            '2',
            '--report',
            path,
          ],
          t.io,
        );
        return { code, out: t.out(), err: t.err() };
      }),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(runs[0].err).toMatch(/run 1\/1: [\d.]+s\/1.5s, \d+ responses, p95/);
    expect(runs[0].out).toMatch(/^passed=true$/m);
    const t = io();
    const summaryFile = join(dir, 'merge-summary.md');
    const code = await perfCommand.run(
      [
        'merge',
        join(dir, 'shard-*.json'),
        '--thresholds',
        'p(99) < 0ms',
        '--report',
        join(dir, 'merged.json'),
        '--summary-file',
        summaryFile,
        '--json',
      ],
      t.io,
    );
    expect(code).toBe(1);
    const outputs = JSON.parse(t.out()) as Record<string, string>;
    expect(outputs.verdict).toBe('fail');
    const merged = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8')) as PerfReport;
    const shards = paths.map((p) => JSON.parse(readFileSync(p, 'utf8')) as PerfReport);
    expect(merged.totals.requests).toBe(shards[0].totals.requests + shards[1].totals.requests);
    expect(readFileSync(summaryFile, 'utf8')).toContain('merged from 2 shards');
  });

  it('exits 2 on a bad threshold and on merge without reports', async () => {
    const bad = io();
    expect(await perfCommand.run(['--url', server.url, '--thresholds', 'p(95) << 1s'], bad.io)).toBe(2);
    expect(bad.err()).toContain("input 'thresholds'");
    const empty = io();
    expect(await perfCommand.run(['merge'], empty.io)).toBe(2);
    expect(empty.err()).toContain('give at least one shard report');
  });
});
