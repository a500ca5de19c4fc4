// 200 objects (120 ConfigMaps, 40 Services, 40 Deployments), no rollout wait: deploy-kit's deploy
// bundle (dry run and deploy record included, run exactly as the runner runs it) against
// `kubectl apply --server-side` on the same manifests, side by side in the same run, on the real
// control plane (DK_REAL_KUBECONFIG, ../shared/k8s-real). First apply into a fresh namespace, then
// the unchanged re-apply. Needs `npm run build` first. Prints one table of medians and ratios.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.DK_BENCH_RUNS ?? 3);
const kubeconfig = process.env.DK_REAL_KUBECONFIG;
if (!kubeconfig) {
  console.error('bench/deploy-apply: set DK_REAL_KUBECONFIG (source /work/briefs/env.sh or ../shared/k8s-real/up.sh)');
  process.exit(2);
}

/** The 200 manifests, one multi-document file. */
function manifests() {
  const docs = [];
  for (let i = 0; i < 120; i++)
    docs.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cfg-${i}` }, data: { key: `value-${i}` } });
  for (let i = 0; i < 40; i++) {
    const labels = { app: `app-${i}` };
    docs.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `svc-${i}` },
      spec: { selector: labels, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }] },
    });
    docs.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `app-${i}` },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              { name: 'app', image: `registry.local/app:${i}`, envFrom: [{ configMapRef: { name: `cfg-${i}` } }] },
            ],
          },
        },
      },
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'dk-bench-apply-'));
  const file = join(dir, 'all.yaml');
  writeFileSync(file, docs.map((d) => stringify(d)).join('---\n'));
  return file;
}

function timed(command, args, env) {
  const started = performance.now();
  return new Promise((res, rej) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) =>
      code === 0
        ? res(performance.now() - started)
        : rej(new Error(`${command} exited ${code}: ${stderr.slice(-2000)}`)),
    );
  });
}

const kubectl = (file, ns) =>
  timed('kubectl', ['--kubeconfig', kubeconfig, 'apply', '--server-side', '-n', ns, '-f', file], process.env);

function deployKit(file, ns) {
  const dir = mkdtempSync(join(tmpdir(), 'dk-bench-step-'));
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'sum'),
    KUBECONFIG: kubeconfig,
    INPUT_MANIFESTS: file,
    INPUT_NAMESPACE: ns,
    INPUT_WAIT: 'false',
    INPUT_TIMEOUT: '5m',
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  return timed(process.execPath, [join(root, 'dist', 'deploy', 'index.js')], env);
}

const k = (...args) => execFileSync('kubectl', ['--kubeconfig', kubeconfig, ...args], { stdio: 'pipe' });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const file = manifests();
const rows = { 'kubectl first': [], 'deploy-kit first': [], 'kubectl unchanged': [], 'deploy-kit unchanged': [] };
const namespaces = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const pair = [
      ['kubectl', kubectl],
      ['deploy-kit', deployKit],
    ];
    if (run % 2) pair.reverse(); // alternate who goes first, so neither always meets a warmer server
    for (const [name, tool] of pair) {
      const ns = `deploy-bench-${process.pid}-${run}-${name}`;
      namespaces.push(ns);
      k('create', 'namespace', ns);
      rows[`${name} first`].push(await tool(file, ns));
      rows[`${name} unchanged`].push(await tool(file, ns));
      // The control plane's Service range is a /24 shared by every test: free the 40 addresses now.
      k('delete', 'namespace', ns, '--wait=true', '--timeout=120s');
      namespaces.pop();
    }
  }
} finally {
  for (const ns of namespaces) k('delete', 'namespace', ns, '--wait=false');
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`\n200 objects on the real control plane, ${RUNS} run(s), median wall time (process start to exit)\n`);
console.log('| apply | kubectl apply --server-side | deploy-kit deploy (dry run + record) | ratio |');
console.log('| --- | ---: | ---: | ---: |');
for (const kind of ['first', 'unchanged']) {
  const a = median(rows[`kubectl ${kind}`]);
  const b = median(rows[`deploy-kit ${kind}`]);
  console.log(
    `| ${kind === 'first' ? 'first (fresh namespace)' : 'unchanged re-apply'} | ${fmt(a)} | ${fmt(b)} | ${(b / a).toFixed(2)}x |`,
  );
}
