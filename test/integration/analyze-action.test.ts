import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/analyze/main.js';
import type { AnalysisReport } from '../../src/core/analysis/report.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { startFleet, type Fleet } from '../helpers/metric-fleet.js';
import { prometheusBinary, startPrometheus, type PrometheusServer } from '../helpers/prometheus.js';
import { selfSignedCertificate } from './support-https.js';

const PASSWORD = 'analyze-s3cret-pass';
const METRICS = `
- name: error-rate
  query: (sum(rate(http_requests_total{version="{{version}}",code=~"5.."}[3s])) or vector(0)) / sum(rate(http_requests_total{version="{{version}}"}[3s]))
  condition: value < 5%
- name: p95-latency
  query: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{version="{{version}}"}[3s])))
  condition: value < 250ms
`;

const dir = mkdtempSync(join(tmpdir(), 'dk-analyze-action-'));
const bcrypt = (password: string) =>
  execFileSync('htpasswd', ['-nbBC', '10', 'x', password], { encoding: 'utf8' }).trim().slice(2);

describe.skipIf(!prometheusBinary())('analyze action against a real Prometheus', () => {
  let fleet: Fleet;
  let plain: PrometheusServer;
  let guarded: PrometheusServer;
  const runtimeFor = (inputs: Record<string, string>) =>
    createMemoryRuntime(
      { metrics: METRICS, interval: '300ms', count: '3', ...inputs },
      { cwd: dir, tempDir: dir, env: {} },
    );

  beforeAll(async () => {
    fleet = await startFleet({ clean: {}, bad: { errorRate: 0.2 } });
    const tls = selfSignedCertificate();
    writeFileSync(join(dir, 'key.pem'), tls.key);
    writeFileSync(join(dir, 'cert.pem'), tls.cert);
    const webConfig = [
      'tls_server_config:',
      `  cert_file: ${join(dir, 'cert.pem')}`,
      `  key_file: ${join(dir, 'key.pem')}`,
      'basic_auth_users:',
      `  analyst: ${bcrypt(PASSWORD)}`,
      '',
    ].join('\n');
    [plain, guarded] = await Promise.all([
      startPrometheus({ targets: fleet.targets }),
      startPrometheus({ targets: fleet.targets, webConfig }),
    ]);
    await plain.waitForScrapes(8);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([plain?.stop(), guarded?.stop()]);
    await fleet?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes a clean version: outputs, a versioned report with every measurement, a Mermaid chart per metric', async () => {
    const runtime = runtimeFor({ address: plain.url, version: 'clean', report: 'clean.json' });
    expect(await run(runtime)).toBe('passed');
    expect(runtime.outputs).toMatchObject({ verdict: 'pass', score: '100', report: join(dir, 'clean.json') });
    const report = JSON.parse(readFileSync(join(dir, 'clean.json'), 'utf8')) as AnalysisReport;
    expect(report.schema).toBe('deploy-kit/analysis-report@1');
    expect(report.metrics.map((m) => m.measurements.length)).toEqual([3, 3]);
    expect(runtime.summaries).toContain('```mermaid\nxychart-beta');
    expect(runtime.summaries.match(/xychart-beta/g)).toHaveLength(2);
    expect(runtime.transcript()).toMatch(/measurement 3 p95-latency: pass/);
  });

  it('fails a version answering 20% 500s, naming the metric', async () => {
    const runtime = runtimeFor({ address: plain.url, version: 'bad' });
    expect(await run(runtime)).toBe('failed');
    expect(runtime.outputs.verdict).toBe('fail');
    expect(runtime.outputs.score).toBe('50');
    expect(runtime.failures.join('\n')).toMatch(/deploy-kit\/analyze: verdict fail \(score 50\): error-rate: fail/);
  });

  it('fails an inconclusive run unless fail-on-inconclusive is false', async () => {
    const strict = runtimeFor({ address: plain.url, version: 'ghost', count: '1' });
    expect(await run(strict)).toBe('failed');
    expect(strict.failures.join('\n')).toMatch(/verdict inconclusive .*no series/);
    const lenient = runtimeFor({ address: plain.url, version: 'ghost', count: '1', 'fail-on-inconclusive': 'false' });
    expect(await run(lenient)).toBe('passed');
    expect(lenient.outputs.verdict).toBe('inconclusive');
  });

  it('reads a Prometheus behind basic auth and TLS with ca-file, and never prints the password', async () => {
    const runtime = runtimeFor({
      address: guarded.url,
      version: 'clean',
      count: '1',
      'ca-file': join(dir, 'cert.pem'),
      username: 'analyst',
      password: PASSWORD,
    });
    expect(await run(runtime)).not.toBe('error');
    expect(runtime.outputs.verdict).toBe('pass');
    expect(runtime.secrets).toContain(PASSWORD);
    expect(runtime.transcript() + runtime.summaries + readFileSync(runtime.outputs.report, 'utf8')).not.toContain(
      PASSWORD,
    );
  });

  it('names token on 401 and address when the CA is unknown', async () => {
    const noAuth = runtimeFor({ address: guarded.url, version: 'clean', count: '1', 'ca-file': join(dir, 'cert.pem') });
    expect(await run(noAuth)).toBe('config-error');
    expect(noAuth.failures.join('\n')).toMatch(
      /input 'bearer': Prometheus at https:\/\/127.0.0.1:\d+ answered 401: authentication is required/,
    );
    const wrong = runtimeFor({
      address: guarded.url,
      version: 'clean',
      count: '1',
      'ca-file': join(dir, 'cert.pem'),
      username: 'analyst',
      password: 'nope-wrong',
    });
    expect(await run(wrong)).toBe('config-error');
    expect(wrong.failures.join('\n')).toMatch(/input 'bearer': .*401: authentication was refused/);
    const noCa = runtimeFor({
      address: guarded.url,
      version: 'clean',
      count: '1',
      username: 'analyst',
      password: PASSWORD,
    });
    expect(await run(noCa)).toBe('config-error');
    expect(noCa.failures.join('\n')).toMatch(
      /input 'address': cannot reach https:\/\/127.0.0.1:\d+: .*(self.signed|certificate)/i,
    );
  });

  it('reports every bad input together before any query', async () => {
    const runtime = createMemoryRuntime(
      {
        metrics: '- name: a\n  query: up{version="{{verison}}"}\n- name: b\n  query: up\n  condition: value < 1 parsec',
        mode: 'measure',
        address: 'not a url',
      },
      { cwd: dir, tempDir: dir, env: {} },
    );
    expect(await run(runtime)).toBe('config-error');
    const message = runtime.failures.join('\n');
    expect(message).toMatch(/input 'metrics': metric 'a' needs a condition/);
    expect(message).toMatch(/input 'metrics': metric 'b' condition: 'value < 1 parsec' is not a condition/);
    expect(message).toMatch(/input 'address': must be an absolute URL/);
  });

  it('needs baseline-version in compare mode', async () => {
    const runtime = runtimeFor({ address: plain.url, version: 'clean', mode: 'compare' });
    expect(await run(runtime)).toBe('config-error');
    expect(runtime.failures.join('\n')).toMatch(/input 'baseline-version': is required when mode is compare/);
  });
});
