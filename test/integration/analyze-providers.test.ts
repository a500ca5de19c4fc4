import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/analyze/main.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { HttpKubeClient, loadKubeAccess } from '../../src/clients/kube/index.js';
import { startHttpServer, sendJson, type TestServer } from '../helpers/http.js';

const TOKEN = 'web-metrics-t0ken';

describe('web provider against a real JSON endpoint', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return sendJson(res, 401, { error: 'unauthorized' });
      if (req.headers['x-scope-orgid'] !== 'shop') return sendJson(res, 400, { error: 'no tenant' });
      const version = new URL(req.url ?? '/', 'http://x').searchParams.get('version');
      sendJson(res, 200, { stats: [{ 'error-rate': version === 'bad' ? 0.2 : 0.001, p95: '0.120' }], missing: null });
    });
  });
  afterAll(() => server.close());

  const metrics = (path: string, condition: string) =>
    `- name: m\n  provider: web\n  url: ${server.url}/stats?version={{version}}\n  json-path: ${path}\n  condition: ${condition}`;
  const runWith = async (inputs: Record<string, string>) => {
    const runtime = createMemoryRuntime({ bearer: TOKEN, headers: 'X-Scope-OrgID: shop', ...inputs }, { env: {} });
    return { outcome: await run(runtime), runtime };
  };

  it('reads the value at a JSONPath, numbers and numeric strings, with the version filled', async () => {
    const good = await runWith({ metrics: metrics("$.stats[0]['error-rate']", 'value < 1%'), version: 'good' });
    expect(good.outcome).toBe('passed');
    const bad = await runWith({ metrics: metrics("$.stats[0]['error-rate']", 'value < 1%'), version: 'bad' });
    expect(bad.outcome).toBe('failed');
    expect(bad.runtime.outputs.verdict).toBe('fail');
    const latency = await runWith({ metrics: metrics('$.stats[0].p95', 'value < 200ms'), version: 'good' });
    expect(latency.outcome).toBe('passed');
    expect(latency.runtime.transcript()).not.toContain(TOKEN);
  });

  it('is inconclusive on null or a missing path, and names bearer on 401 and metrics on a bad JSONPath', async () => {
    const missing = await runWith({
      metrics: metrics('$.missing', 'value < 1'),
      version: 'good',
      'fail-on-inconclusive': 'false',
    });
    expect(missing.runtime.outputs.verdict).toBe('inconclusive');
    const denied = await runWith({
      metrics: metrics('$.missing', 'value < 1'),
      version: 'good',
      bearer: 'wrong-token',
    });
    expect(denied.runtime.failures.join()).toMatch(/input 'bearer': .*answered 401/);
    const tenantless = await runWith({ metrics: metrics('$.missing', 'value < 1'), version: 'good', headers: '' });
    expect(tenantless.runtime.failures.join()).toMatch(/input 'metrics': metric 'm': .* answered 400/);
    const path = await runWith({ metrics: metrics('stats', 'value < 1'), version: 'good' });
    expect(path.runtime.failures.join()).toMatch(/input 'metrics': metric 'm': JSONPath 'stats' must start with \$/);
  });
});

describe('kubernetes provider against the simulator', () => {
  let sim: SimulatorHandle;
  const deployment = (name: string, image: string) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'analyze-k8s' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image }] } },
    },
  });

  beforeAll(async () => {
    sim = await startSimulator({ podReadyDelayMs: 50, crashPeriodMs: 200 });
    const client = new HttpKubeClient(loadKubeAccess({ content: sim.kubeconfig, env: {}, secret: () => undefined }));
    const apply = { fieldManager: 'analyze-test', force: true };
    await client.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'analyze-k8s' } }, apply);
    await client.apply(deployment('steady', 'example/web:1'), apply);
    await client.apply(deployment('broken', 'example/crashloop:1'), apply);
    await new Promise((r) => setTimeout(r, 1500));
  }, 30_000);
  afterAll(() => sim?.stop());

  const METRICS = ['restarts', 'oom-killed', 'not-ready-seconds', 'warning-events']
    .map((signal) => `- name: ${signal}\n  provider: kubernetes\n  query: ${signal}\n  condition: value == 0`)
    .join('\n');
  const analyzeWorkload = async (workload: string) => {
    const runtime = createMemoryRuntime(
      { metrics: METRICS, namespace: 'analyze-k8s', workload, kubeconfig: sim.kubeconfig, 'min-score': '0' },
      { env: {} },
    );
    await run(runtime);
    return runtime;
  };

  it('passes a steady workload and fails a crash-looping one on restarts, not-ready time and Warning events', async () => {
    const steady = await analyzeWorkload('steady');
    expect(steady.outputs).toMatchObject({ verdict: 'pass', score: '100' });
    const broken = await analyzeWorkload('broken');
    expect(broken.outputs.score).toBe('25');
    expect(broken.transcript()).toMatch(/restarts: fail/);
    expect(broken.transcript()).toMatch(/not-ready-seconds: fail/);
    expect(broken.transcript()).toMatch(/warning-events: fail/);
    expect(broken.transcript()).toMatch(/oom-killed: pass/);
  });

  it('names workload when the Deployment does not exist', async () => {
    const runtime = await analyzeWorkload('nowhere');
    expect(runtime.failures.join()).toMatch(
      /input 'workload': deployment\/nowhere was not found in namespace analyze-k8s/,
    );
  });
});
