import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpKubeClient, loadKubeAccess, type KubeObject } from '../../src/clients/kube/index.js';
import { analyzeDemoRelease, renderDemoAnalysis } from '../../src/pipeline/demo-analysis.js';
import { releaseManifest, serviceManifest } from '../../src/pipeline/demo-manifests.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { prometheusBinary } from '../helpers/prometheus.js';

/** The demo's own manifests on the simulator, whose demo-app pods really answer (and expose /metrics). */
describe('demo metric analysis of the demo pods', () => {
  let sim: SimulatorHandle;
  const urls: Record<string, string> = {};

  beforeAll(async () => {
    sim = await startSimulator({ podReadyDelayMs: 50 });
    const client = new HttpKubeClient(loadKubeAccess({ content: sim.kubeconfig, env: {}, secret: () => undefined }));
    const apply = async (text: string) => {
      for (const doc of parseAllDocuments(text))
        await client.apply(doc.toJS() as KubeObject, { fieldManager: 'analyze-test', force: true });
    };
    for (const [ns, env] of [
      ['analyze-good', {}],
      ['analyze-bad', { ERROR_RATE: '0.3' }],
    ] as const) {
      await apply(serviceManifest(ns));
      await apply(releaseManifest(ns, 'v1', env));
      urls[ns] = sim.serviceUrl(ns, 'demo')!;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }, 30_000);
  afterAll(() => sim?.stop());

  it('without Prometheus reads the pods /metrics directly, says so, and judges good and bad releases', async () => {
    const lines: string[] = [];
    const good = await analyzeDemoRelease({
      url: urls['analyze-good'],
      version: 'v1',
      env: {},
      say: (l) => lines.push(l),
      prometheus: null,
    });
    expect(good.source).toBe('direct');
    expect(lines[0]).toMatch(/no prometheus on PATH; reading the pods' \/metrics directly/);
    expect(good.report.verdict).toBe('pass');
    const bad = await analyzeDemoRelease({
      url: urls['analyze-bad'],
      version: 'v1',
      env: {},
      say: () => undefined,
      prometheus: null,
    });
    expect(bad.report.verdict).toBe('fail');
    expect(bad.report.metrics[0].outcome).toBe('fail');
    expect(renderDemoAnalysis(bad)).toMatch(/Metric analysis of v1: fail[\s\S]*read directly/);
  }, 30_000);

  it.skipIf(!prometheusBinary())(
    'with Prometheus on PATH uses it, says so, and judges good and bad releases',
    async () => {
      const lines: string[] = [];
      const good = await analyzeDemoRelease({
        url: urls['analyze-good'],
        version: 'v1',
        env: process.env,
        say: (l) => lines.push(l),
      });
      expect(good.source).toBe('prometheus');
      expect(lines[0]).toMatch(/a real Prometheus .* scrapes the pods' \/metrics/);
      expect(good.report.verdict).toBe('pass');
      const bad = await analyzeDemoRelease({
        url: urls['analyze-bad'],
        version: 'v1',
        env: process.env,
        say: () => undefined,
      });
      expect(bad.report.verdict).toBe('fail');
    },
    60_000,
  );
});
