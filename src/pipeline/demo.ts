import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SecretMask } from '../runtime/masking.js';
import { runCanaryDemo } from './demo-canary.js';
import { analyzeDemoRelease, renderDemoAnalysis, type DemoAnalysis } from './demo-analysis.js';
import { releaseManifest, serviceManifest, writeManifest } from './demo-manifests.js';
import { renderDemoMarkdown, type DemoFacts, type DemoRelease } from './demo-report.js';
import { runPipeline } from './run.js';
import { runStep, type PipelineActions, type PipelineEvents, type StepContext } from './steps.js';
import type { PipelineConfig } from './config.js';

/** What the demo needs of a cluster: credentials, and the URL its Service answers on. */
export interface DemoCluster {
  /** Given to the steps as KUBECONFIG, as a CI job or a terminal would. */
  kubeconfigPath: string;
  token: string;
  serviceUrl(namespace: string, name: string): string | undefined;
}

export interface DemoOptions {
  cluster: DemoCluster;
  actions: PipelineActions;
  /** Manifests, reports and the summary go here. */
  outDir: string;
  env: Readonly<Record<string, string | undefined>>;
  namespace?: string;
  /** Load-test length per release (default 8s) and warm-up (default 2s). */
  perfDuration?: string;
  perfWarmup?: string;
  /** Latency v3 adds to every response (default 150 ms). */
  latencyMs?: number;
  events?: PipelineEvents;
  say?(line: string): void;
}

export interface DemoResult extends DemoFacts {
  markdown: string;
  /** The serving release judged by its own metrics (Prometheus when on PATH, else the pods' /metrics). */
  analysis?: DemoAnalysis;
}

const SMOKE_SPEC = `# The demo service's smoke suite (smoke-test grammar).
checks:
  - name: health
    path: /healthz
    expect:
      - status 200
      - jsonpath $.status == "ok"
  - name: items
    path: /api/items
    expect:
      - status 200
      - jsonpath $.items count >= 1
  - name: echo
    method: POST
    path: /api/echo
    json:
      hello: demo
    expect:
      - status 200
      - jsonpath $.echo.hello == "demo"
`;

function releaseConfig(
  o: Required<Pick<DemoOptions, 'outDir' | 'namespace' | 'perfDuration' | 'perfWarmup'>> & { url: string },
  version: string,
  manifest: string,
  baseline: boolean,
): PipelineConfig {
  const report = (kind: string, v: string) => join(o.outDir, 'reports', `${kind}-${v}.json`);
  return {
    version,
    environment: 'demo',
    deploy: {
      manifests: manifest,
      namespace: o.namespace,
      timeout: '90s',
      'fail-fast-grace': '2s',
      version,
      'record-file': report('deploy-record', version),
    },
    verify: {
      'health-check': { url: `${o.url}/healthz`, timeout: '30s', interval: '200ms', 'max-interval': '1s' },
      'smoke-test': {
        spec: join(o.outDir, 'smoke.yml'),
        'base-url': o.url,
        'report-dir': join(o.outDir, 'reports', `smoke-${version}`),
      },
      'perf-gate': {
        url: `${o.url}/api/items`,
        connections: '4',
        duration: o.perfDuration,
        warmup: o.perfWarmup,
        thresholds: 'p(95) < 1s\nerror_rate == 0',
        report: report('perf', version),
        ...(baseline ? { baseline: report('perf', 'v1'), 'max-regression': 'p(95): 50%' } : {}),
      },
    },
    'quality-score': {
      'min-score': '80',
      report: report('score', version),
      ...(baseline ? { baseline: report('score', 'v1') } : {}),
    },
    rollback: { timeout: '90s' },
    baseDir: o.outDir,
  };
}

/**
 * The README's demo: v1 passes every gate and records the perf baseline; v2's pods crash, so the
 * deploy fails fast and rolls back in the same step; v3 rolls out but is slower, so perf-gate fails
 * against v1's baseline, the score drops and the pipeline rolls back from the deploy record.
 * Ends by checking that v1 serves and is healthy.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as DemoOptions;
  const o = {
    namespace: 'deploy-kit-demo',
    perfDuration: '8s',
    perfWarmup: '2s',
    latencyMs: 150,
    say: () => undefined,
    ...given,
  };
  const mask = new SecretMask();
  mask.add(o.cluster.token);
  const env = { ...o.env, KUBECONFIG: o.cluster.kubeconfigPath };
  await mkdir(join(o.outDir, 'manifests'), { recursive: true });
  await mkdir(join(o.outDir, 'reports'), { recursive: true });
  await writeFile(join(o.outDir, 'smoke.yml'), SMOKE_SPEC);
  const ctx: StepContext = {
    actions: o.actions,
    env,
    cwd: o.outDir,
    tempDir: join(o.outDir, 'reports'),
    mask,
    events: o.events ?? {},
  };
  const manifestsDir = join(o.outDir, 'manifests');
  o.say(`setting up: namespace ${o.namespace} and the demo Service`);
  const setup = await runStep(ctx, 'deploy', 'create the namespace and the Service', {
    manifests: writeManifest(manifestsDir, 'service.yaml', serviceManifest(o.namespace)),
    namespace: o.namespace,
    timeout: '60s',
  });
  const url = o.cluster.serviceUrl(o.namespace, 'demo');
  if (setup.outcome !== 'passed' || !url)
    throw new Error(`demo setup failed: ${setup.failure ?? 'the Service has no URL'}`);
  o.say(`the demo service answers at ${url}`);
  const base = {
    outDir: o.outDir,
    namespace: o.namespace,
    perfDuration: o.perfDuration,
    perfWarmup: o.perfWarmup,
    url,
  };
  const plan: Array<{ version: string; story: string; env: Record<string, string> }> = [
    { version: 'v1', story: 'a good release: every gate passes and its perf report becomes the baseline', env: {} },
    {
      version: 'v2',
      story: 'pods crash on start: the deploy fails fast and rolls back in the same step',
      env: { CRASH_ON_START: 'true' },
    },
    {
      version: 'v3',
      story: `rolls out fine but answers ${o.latencyMs} ms slower: perf-gate fails against v1's baseline, the score drops, rollback from the deploy record`,
      env: { LATENCY_MS: String(o.latencyMs) },
    },
  ];
  const releases: DemoRelease[] = [];
  for (const step of plan) {
    o.say(`\nrelease ${step.version}: ${step.story}`);
    const manifest = writeManifest(
      manifestsDir,
      `demo-${step.version}.yaml`,
      releaseManifest(o.namespace, step.version, step.env),
    );
    const result = await runPipeline(releaseConfig(base, step.version, manifest, step.version !== 'v1'), o.actions, {
      env,
      tempDir: ctx.tempDir,
      events: o.events,
      mask,
    });
    releases.push({ version: step.version, story: step.story, result });
  }
  o.say('\nrelease v4: a canary answering 20% of its requests with 500');
  const canary = await runCanaryDemo(ctx, { namespace: o.namespace, manifestsDir, reportsDir: ctx.tempDir });
  o.say(`v4: ${canary.step.failure ?? canary.step.outcome}`);
  o.say('\nfinal check: which version serves, and is it healthy?');
  const finalCheck = await runStep(ctx, 'health-check', 'the service after both rollbacks', {
    url: `${url}/healthz`,
    timeout: '30s',
    interval: '200ms',
  });
  const serving = await fetch(`${url}/version`)
    .then((r) => r.json() as Promise<{ version?: string }>)
    .then((b) => b.version)
    .catch(() => undefined);
  const partial = { releases, canary, serving, healthy: finalCheck.outcome === 'passed', finalCheck, url };
  const analysis = serving ? await analyzeDemoRelease({ url, version: serving, env: o.env, say: o.say }) : undefined;
  const analysisMarkdown = analysis ? renderDemoAnalysis(analysis) : '';
  return { ...partial, analysis, markdown: renderDemoMarkdown(partial) + analysisMarkdown };
}
