import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';
import { startScriptedServer, type ScriptedServer } from '../helpers/perf-server.js';

let server: ScriptedServer;
const dir = mkdtempSync(join(tmpdir(), 'dk-perf-dist-'));

beforeAll(async () => {
  server = await startScriptedServer({ latencyMs: () => 3, errorEvery: 20 });
});
afterAll(() => server.close());

describe('dist/perf-gate/index.js run as the runner does', () => {
  it('loads the target with autocannon from the bundle, sets outputs and writes the summary', async () => {
    const report = join(dir, 'bundle-report.json');
    const result = await runBundle('perf-gate', {
      url: server.url, duration: '1s', warmup: '200ms', connections: '2', report,
      thresholds: 'p(95) < 5s\nerror_rate < 10%\nerror_rate < 5.5%', 'warn-margin': '20%',
    }, { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', verdict: 'warn', report });
    expect(Number(result.outputs['error-rate'])).toBeCloseTo(0.05, 2);
    expect(Number(result.outputs['p95-ms'])).toBeGreaterThanOrEqual(3);
    expect(result.summary).toContain('perf-gate ⚠️ warn');
    expect(result.summary).toContain('```mermaid');
    expect(server.count()).toBeGreaterThan(50);
    expect(JSON.parse(readFileSync(report, 'utf8')).schema).toBe('deploy-kit/perf-gate-report@1');
  });

  it('fails the step with exit code 1 and the config error naming the input', async () => {
    const result = await runBundle('perf-gate', { url: server.url, duration: '-5s' }, { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error::deploy-kit/perf-gate: input 'duration': must be a duration");
  });
});
