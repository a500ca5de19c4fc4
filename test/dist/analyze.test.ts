import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';
import { repoRoot } from '../helpers/repo.js';
import { startFleet, type Fleet } from '../helpers/metric-fleet.js';
import { prometheusBinary, startPrometheus, type PrometheusServer } from '../helpers/prometheus.js';

const dir = mkdtempSync(join(tmpdir(), 'dk-analyze-dist-'));
const METRICS = `- name: error-rate
  query: (sum(rate(http_requests_total{version="{{version}}",code=~"5.."}[3s])) or vector(0)) / sum(rate(http_requests_total{version="{{version}}"}[3s]))
  condition: value < 1%`;

describe.skipIf(!prometheusBinary())('dist/analyze/index.js run as the runner does', () => {
  let fleet: Fleet;
  let prom: PrometheusServer;
  beforeAll(async () => {
    fleet = await startFleet({ v1: {} });
    prom = await startPrometheus({ targets: fleet.targets });
    await prom.waitForScrapes(6);
  }, 60_000);
  afterAll(async () => {
    await prom?.stop();
    await fleet?.stop();
  });

  it('queries a real Prometheus from the bundle, sets outputs and writes the summary', async () => {
    const report = join(dir, 'analysis.json');
    const result = await runBundle('analyze', { metrics: METRICS, address: prom.url, version: 'v1', report }, { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: 'pass', score: '100', report });
    expect(result.summary).toContain('analyze ✅ pass: v1');
    expect((JSON.parse(readFileSync(report, 'utf8')) as { schema: string }).schema).toBe('deploy-kit/analysis-report@1');
  });

  it('fails with exit code 1 and a PromQL syntax error naming the input and the query', async () => {
    const result = await runBundle('analyze', { metrics: '- name: bad\n  query: sum(up\n  condition: value < 1', address: prom.url }, { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::deploy-kit\/analyze: input 'metrics': metric 'bad': Prometheus rejected the query: .*parse error/);
  });

  it('runs as deploy-kit analyze from the CLI bundle with the same inputs as flags', async () => {
    const args = [join(repoRoot, 'dist', 'cli', 'index.js'), 'analyze', '--metrics', METRICS, '--address', prom.url];
    const child = spawn(process.execPath, [...args, '--version', 'v1', '--json', '--report', join(dir, 'cli.json')]);
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += String(d)));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toMatch(/"verdict":\s*"pass"/);
  });
});
