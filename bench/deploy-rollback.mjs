// Bad image -> deploy step failed and the previous images running again: how long, end to end?
// Runs dist/deploy exactly as the runner does (INPUT_* env, GITHUB_OUTPUT/GITHUB_STEP_SUMMARY files)
// against the embedded simulator (`deploy-kit cluster up`) and, when DK_REAL_KUBECONFIG is set, the
// real control plane (../shared/k8s-real). Needs `npm run build` first. Prints one table.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.DK_BENCH_RUNS ?? 3);
const GRACES = ['2s', '10s'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** GITHUB_OUTPUT as written by @actions/core: `name<<DELIM`, value lines, `DELIM`. */
function outputsOf(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^=<]+)<<(.+)$/);
    if (!m) continue;
    const body = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i]);
    outputs[m[1]] = body.join('\n');
  }
  return outputs;
}

function step(action, inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'dk-bench-'));
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'sum'),
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const started = performance.now();
  return new Promise((res) => {
    const child = spawn(process.execPath, [join(root, 'dist', action, 'index.js')], { env, stdio: 'ignore' });
    child.on('close', (code) =>
      res({
        code,
        ms: performance.now() - started,
        outputs: outputsOf(readFileSync(env.GITHUB_OUTPUT, 'utf8')),
        summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'),
      }),
    );
  });
}

async function startSimulator() {
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'dk-bench-sim-')), 'kubeconfig');
  const child = spawn(
    process.execPath,
    [join(root, 'dist', 'cli', 'index.js'), 'cluster', 'up', '--kubeconfig', kubeconfig],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100 && !existsSync(kubeconfig); i++) await sleep(100);
  return { name: 'simulator', kubeconfig, stop: () => child.kill('SIGTERM') };
}

const manifest = (image) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  progressDeadlineSeconds: 120
  selector: { matchLabels: { app: web } }
  strategy: { type: RollingUpdate, rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }
  template:
    metadata: { labels: { app: web } }
    spec:
      terminationGracePeriodSeconds: 0
      containers: [{ name: app, image: "${image}" }]
`;

async function measure(cluster) {
  const ns = `dk-bench-${Math.random().toString(36).slice(2, 7)}`;
  const kubectl = (args, input) =>
    execFileSync('kubectl', ['--kubeconfig', cluster.kubeconfig, ...args], {
      input,
      stdio: ['pipe', 'pipe', 'ignore'],
    }).toString();
  kubectl(['create', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }));
  const file = join(mkdtempSync(join(tmpdir(), 'dk-bench-m-')), 'web.yaml');
  writeFileSync(file, manifest('registry.local/web:1'));
  const base = { manifests: file, namespace: ns, kubeconfig: readFileSync(cluster.kubeconfig, 'utf8'), timeout: '5m' };
  const good = await step('deploy', base);
  if (good.code !== 0) throw new Error(`baseline deploy failed on ${cluster.name}`);
  const rows = [];
  for (const grace of GRACES) {
    for (const bad of ['crashloop', 'pullerror']) {
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await step('deploy', {
          ...base,
          'fail-fast-grace': grace,
          images: `registry.local/web=registry.local/web-${bad}:${i}`,
        });
        const image = kubectl([
          '-n',
          ns,
          'get',
          'deployment/web',
          '-o',
          'jsonpath={.spec.template.spec.containers[0].image}',
        ]);
        const restored = r.code === 1 && r.outputs.status === 'rolled-back' && image === 'registry.local/web:1';
        const detect = Number(
          r.summary
            .match(/failed \(([\d.]+)(ms|s)\)/)
            ?.slice(1)
            .reduce((v, u) => (u === 'ms' ? v / 1000 : Number(v))) ?? NaN,
        );
        times.push({ total: r.ms / 1000, detect, restored });
      }
      const avg = (k) => (times.reduce((s, t) => s + t[k], 0) / times.length).toFixed(2);
      rows.push(
        `| ${cluster.name} | ${bad} | ${grace} | ${avg('total')} s | ${avg('detect')} s | ${Math.max(...times.map((t) => t.total)).toFixed(2)} s | ${times.every((t) => t.restored) ? 'yes' : 'NO'} |`,
      );
    }
  }
  kubectl(['delete', 'namespace', ns, '--wait=false']);
  return rows;
}

if (!existsSync(join(root, 'dist', 'deploy', 'index.js'))) throw new Error('run npm run build first');
const clusters = [await startSimulator()];
if (process.env.DK_REAL_KUBECONFIG)
  clusters.push({ name: 'real (k8s 1.20)', kubeconfig: process.env.DK_REAL_KUBECONFIG, stop: () => undefined });
else console.log('(real control plane skipped: DK_REAL_KUBECONFIG is unset)');
const rows = [];
try {
  for (const cluster of clusters) rows.push(...(await measure(cluster)));
} finally {
  clusters.forEach((c) => c.stop());
}
console.log(
  `\nbad image -> step failed and previous images running again (dist/deploy, 2 replicas, ${RUNS} runs each, timeout 5m)\n`,
);
console.log(
  '| cluster | failure | fail-fast-grace | step time (mean) | detected after (mean) | step time (max) | previous images restored |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
