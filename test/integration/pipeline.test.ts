import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { pipelineActions, pipelineCommand } from '../../src/cli/pipeline-command.js';
import { parseConfig, type PipelineConfig } from '../../src/pipeline/config.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { ConfigError } from '../../src/shared/errors.js';
import { readBody, startHttpServer, type TestServer } from '../helpers/http.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github-deployments.js';
import { clusterTargets, deploymentYaml, freshNamespace, writeManifest, type ClusterTarget } from './deploy-targets.js';

describe('deploy-kit.yml', () => {
  it('maps each section to its action inputs, stringifies values and reads ${VAR} from the environment', () => {
    const config = parseConfig(
      'version: v7\nenvironment: staging\ndeploy:\n  manifests: [a.yaml, b.yaml]\n  wait: true\nverify:\n  perf-gate:\n    connections: 4\n    headers: "Authorization: Bearer ${API_TOKEN}"\nrollback:\n  timeout: 1m\n',
      '/work/x/deploy-kit.yml',
      { API_TOKEN: 'tkn-123' },
    );
    expect(config).toMatchObject({
      version: 'v7',
      environment: 'staging',
      baseDir: '/work/x',
      deploy: { manifests: 'a.yaml\nb.yaml', wait: 'true' },
      rollback: { timeout: '1m' },
    });
    expect(config.verify['perf-gate']).toEqual({ connections: '4', headers: 'Authorization: Bearer tkn-123' });
  });

  it.each([
    ['environment: x\n', /deploy: .*expected record/i],
    ['deploy:\n  manifests: a\nverify:\n  load-test:\n    url: x\n', /verify: Unrecognized key.*"load-test"/],
    ['deploy:\n  manifests: a\n  bad: [unclosed\n', /deploy-kit.yml:3\): Flow sequence/],
    ['deploy:\n  manifests: ${NOPE}\n', /uses \$\{NOPE\} but the environment does not set it/],
  ])('rejects %j with a clear error', (text, message) => {
    let error: unknown;
    try {
      parseConfig(text, 'deploy-kit.yml', {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).toMatch(message);
  });

  it('the CLI exits 2 on a bad config and names the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-pipeline-cli-'));
    writeFileSync(join(dir, 'deploy-kit.yml'), 'deploy:\n  manifests: a.yaml\nrollbak:\n  timeout: 1m\n');
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c) => (err += c));
    const code = await main(['pipeline', '--config', join(dir, 'deploy-kit.yml')], [pipelineCommand], {
      stdout: new PassThrough(),
      stderr,
      env: {},
    });
    expect(code).toBe(2);
    expect(err).toMatch(/deploy-kit.yml:3\).*Unrecognized key.*rollbak/);
    rmSync(dir, { recursive: true, force: true });
  });
});

/**
 * The chain against both clusters. Nothing serves HTTP on the real control plane (its pods are
 * stand-ins), so the gate after the deploy checks a local server that answers 503: the rollout
 * succeeds, the gate fails, and the pipeline must roll back from the deploy record.
 */
describe.each(clusterTargets().map((t) => [t.name, t] as const))('pipeline on the %s cluster', (_name, spec) => {
  let target: ClusterTarget;
  let unhealthy: TestServer;
  let hook: TestServer;
  let github: FakeGitHub;
  const received: any[] = [];
  let work: string;
  const namespace = freshNamespace('pipeline');

  beforeAll(async () => {
    if (spec.skip) return;
    target = await spec.start();
    unhealthy = await startHttpServer((_req, res) => res.writeHead(503).end('{"status":"down"}'));
    hook = await startHttpServer(async (req, res) => {
      received.push(JSON.parse(await readBody(req)));
      res.writeHead(200).end('ok');
    });
    github = await startFakeGitHub();
    work = mkdtempSync(join(tmpdir(), 'dk-pipeline-'));
    const created = await target.kubectl(
      ['create', '-f', '-'],
      JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } }),
    );
    if (created.code !== 0) throw new Error(`cannot create namespace ${namespace}: ${created.stderr}`);
  }, 120_000);

  afterAll(async () => {
    if (spec.skip) return;
    await target.kubectl(['delete', 'namespace', namespace, '--wait=false']);
    await unhealthy.close();
    await hook.close();
    await github.close();
    await target.stop();
    rmSync(work, { recursive: true, force: true });
  });

  const release = (version: string, image: string, verify: PipelineConfig['verify'] = {}): PipelineConfig => ({
    version,
    environment: 'test',
    deploy: {
      manifests: writeManifest(`web-${version}.yaml`, deploymentYaml('web', image)),
      namespace,
      timeout: '90s',
      'fail-fast-grace': '2s',
    },
    verify,
    rollback: { timeout: '90s' },
    baseDir: work,
  });
  const env = () => ({
    PATH: process.env.PATH,
    KUBECONFIG: target.kubeconfigPath,
    GITHUB_REPOSITORY: 'acme/web',
    GITHUB_API_URL: github.url,
    GITHUB_SHA: 'f'.repeat(40),
  });
  const run = (config: PipelineConfig) => runPipeline(config, pipelineActions, { env: env(), tempDir: work });
  const liveImage = async () =>
    (
      await target.kubectl([
        '-n',
        namespace,
        'get',
        'deployment/web',
        '-o',
        'jsonpath={.spec.template.spec.containers[0].image}',
      ])
    ).stdout;

  it.skipIf(Boolean(spec.skip))(
    'rolls back from the deploy record when a gate fails after a good rollout',
    async () => {
      const v1 = await run(release('v1', 'registry.local/web:v1'));
      expect(v1.status).toBe('succeeded');
      const v2 = await run({
        ...release('v2', 'registry.local/web:v2', {
          'health-check': { url: `${unhealthy.url}/healthz`, timeout: '2s', interval: '200ms' },
        }),
        notify: {
          'webhook-url': `${hook.url}/hooks/secret-hook-path`,
          'github-deployment': 'true',
          'github-token': 'ghs_pipeline_token',
        },
      });
      expect(v2.steps.map((s) => `${s.name}:${s.outcome}`)).toEqual([
        'deploy:passed',
        'health-check:failed',
        'rollback:passed',
        'notify:passed',
      ]);
      // The outcome reached the webhook and the GitHub Deployment record: v2 failed (rolled back), v1 restored.
      expect(received.at(-1)).toMatchObject({
        status: 'rolled-back',
        version: 'v2',
        restoredVersion: 'v1',
        environment: 'test',
        reason: expect.stringMatching(/^health-check failed/),
      });
      const [released, restored] = github.deployments.slice(-2);
      expect(released.payload.version).toBe('v2');
      expect(github.stateOf(released.id)).toBe('failure');
      expect(restored.payload).toMatchObject({ version: 'v1', restoredFrom: 'v2' });
      expect(github.stateOf(restored.id)).toBe('success');
      expect(JSON.stringify(v2)).not.toContain('ghs_pipeline_token');
      expect(v2.status).toBe('rolled-back');
      expect(v2.reason).toMatch(/^health-check failed: deploy-kit\/health-check: /);
      expect(v2.restoredVersion).toBe('v1');
      expect(v2.steps[2].inputs.record).toBe(v2.steps[0].outputs.record);
      expect(await liveImage()).toBe('registry.local/web:v1');
    },
    180_000,
  );

  it.skipIf(Boolean(spec.skip))(
    'wires the built image into deploy: images=<name>=<image-ref>, version from the build',
    async () => {
      // An injected build step (docker is a separate suite): it returns what build-and-push returns.
      const digest = `sha256:${'ab'.repeat(32)}`;
      const build = {
        name: 'build-and-push',
        inputs: {},
        failure: () => undefined,
        execute: async () => ({ version: 'v1.5.0', ref: `registry.local/web@${digest}` }),
        outputs: (r: { version: string; ref: string }) => ({ version: r.version, 'image-ref': r.ref, digest }),
      };
      const config = {
        ...release('', 'registry.local/web:placeholder'),
        version: undefined,
        build: { images: 'registry.local/web' },
      };
      const result = await runPipeline(
        config,
        { ...pipelineActions, 'build-and-push': build },
        { env: env(), tempDir: work },
      );
      expect(result.status).toBe('succeeded');
      expect(result.version).toBe('v1.5.0');
      expect(result.steps[1].inputs).toMatchObject({
        images: `registry.local/web=registry.local/web@${digest}`,
        version: 'v1.5.0',
      });
      expect(await liveImage()).toBe(`registry.local/web@${digest}`);
      // Back to v1 for the next case.
      expect((await run(release('v1', 'registry.local/web:v1'))).status).toBe('succeeded');
    },
    180_000,
  );

  it.skipIf(Boolean(spec.skip))(
    'a crashing release fails fast in the deploy step, which rolls it back; no gate runs',
    async () => {
      const started = Date.now();
      const v3 = await run(
        release('v3', 'registry.local/crashloop-web:v3', { 'health-check': { url: `${unhealthy.url}/healthz` } }),
      );
      expect(v3.steps.map((s) => s.name)).toEqual(['deploy']);
      expect(v3.status).toBe('rolled-back');
      expect(v3.reason).toMatch(/CrashLoopBackOff/);
      expect(v3.restoredVersion).toBe('v1');
      expect(Date.now() - started).toBeLessThan(90_000);
      expect(await liveImage()).toBe('registry.local/web:v1');
    },
    180_000,
  );
});

describe.each(
  clusterTargets()
    .filter((t) => t.name === 'simulator')
    .map((t) => [t.name, t] as const),
)('deploy-kit pipeline CLI on the %s', (_name, spec) => {
  it.skipIf(Boolean(spec.skip))(
    'runs a deploy-kit.yml end to end and writes summary.md and summary.html',
    async () => {
      const target = await spec.start();
      const dir = mkdtempSync(join(tmpdir(), 'dk-pipeline-cli-'));
      try {
        const namespace = freshNamespace('pipeline-cli');
        await target.kubectl(
          ['create', '-f', '-'],
          JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } }),
        );
        writeFileSync(join(dir, 'web.yaml'), deploymentYaml('web', 'registry.local/web:v9'));
        writeFileSync(
          join(dir, 'deploy-kit.yml'),
          `version: v9\nenvironment: qa\ndeploy:\n  manifests: web.yaml\n  namespace: ${namespace}\n  timeout: 60s\n`,
        );
        const stdout = new PassThrough();
        let text = '';
        stdout.on('data', (c) => (text += c));
        const code = await main(
          ['pipeline', '--config', join(dir, 'deploy-kit.yml'), '--out-dir', join(dir, 'out')],
          [pipelineCommand],
          {
            stdout,
            stderr: stdout,
            env: { PATH: process.env.PATH, KUBECONFIG: target.kubeconfigPath },
          },
        );
        // The rollout wait shows as progress lines (ready/updated/available) between the step's start and end.
        expect(text).toMatch(/> deploy: deploy v9 to qa\n(?: {4}rollout .*\n)*.*✅ deploy .*status=succeeded/);
        expect(text).toMatch(/ {4}rollout deployment\/web .*: ready 2\/2, updated 2\/2, available 2\/2 /);
        expect(text).toContain('✅ succeeded');
        expect(code).toBe(0);
        expect(readFileSync(join(dir, 'out', 'summary.md'), 'utf8')).toContain('## deploy-kit pipeline: v9 to qa');
        expect(readFileSync(join(dir, 'out', 'summary.html'), 'utf8')).toContain(
          '<h2>deploy-kit pipeline: v9 to qa</h2>',
        );
      } finally {
        await target.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

describe('pipeline report files', () => {
  it('writes Markdown and an HTML rendering of it', async () => {
    const { renderPipelineMarkdown } = await import('../../src/pipeline/report.js');
    const { htmlPage } = await import('../../src/pipeline/html.js');
    const md = renderPipelineMarkdown({
      version: 'v2',
      environment: 'staging',
      status: 'rolled-back',
      reason: 'perf-gate failed: p(95) <b>',
      restoredVersion: 'v1',
      startedAt: '',
      durationMs: 1,
      steps: [
        {
          name: 'deploy',
          title: 'deploy',
          outcome: 'passed',
          inputs: {},
          outputs: { status: 'succeeded' },
          warnings: [],
          summary: '### Deploy\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n',
          durationMs: 1200,
        },
      ],
    });
    expect(md).toContain('**Outcome:** ↩️ rolled back (v1 restored): perf-gate failed: p(95) <b>');
    expect(md).toContain('| deploy | ✅ passed | 1.2s | status=succeeded |');
    const html = htmlPage('t', md);
    expect(html).toContain('<td>deploy</td><td><span class="badge ok">passed</span></td><td>1.2s</td>');
    expect(html).toContain('<details><summary>deploy: deploy</summary>');
    expect(html).toContain('<h3>Deploy</h3>');
    expect(html).toContain('p(95) &lt;b>');
    expect(html).not.toContain('<b>');
  });
});
