#!/usr/bin/env node
// Startup time and memory of the embedded Kubernetes simulator, measured through the bundled
// CLI exactly as users run it: `deploy-kit cluster up`. Run `npm run build` first, then
// `npx node bench/simulator-startup.mjs [runs]`. Prints a Markdown table.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const cli = resolve(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
const runs = Number(process.argv[2] ?? 5);
const exec = promisify(execFile);

const rssMiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** Spawns `cluster up`, resolves when the kubeconfig path is printed (the ready signal). */
function up(args) {
  const dir = mkdtempSync(join(tmpdir(), 'dk-bench-'));
  const kubeconfig = join(dir, 'kubeconfig');
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [cli, 'cluster', 'up', '--kubeconfig', kubeconfig, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let inProcess = NaN;
  child.stderr.on('data', (d) => {
    const m = /ready in (\d+) ms/.exec(String(d));
    if (m) inProcess = Number(m[1]);
  });
  return new Promise((done, fail) => {
    child.stdout.on('data', (d) => {
      if (!String(d).includes(kubeconfig)) return;
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      setTimeout(() => done({ child, kubeconfig, dir, ms, inProcess }), 50);
    });
    child.on('exit', (code) => fail(new Error(`cluster up exited with ${code}`)));
  });
}

async function stop(h) {
  const exited = new Promise((r) => h.child.once('exit', r));
  h.child.kill('SIGTERM');
  await exited;
  rmSync(h.dir, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (const [label, args] of [
  ['https (default)', []],
  ['http (--tls false)', ['--tls', 'false']],
]) {
  const times = [];
  const own = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const h = await up(args);
    times.push(h.ms);
    own.push(h.inProcess);
    await new Promise((r) => setTimeout(r, 300));
    rss.push(rssMiB(h.child.pid));
    await stop(h);
  }
  rows.push([
    `process spawn to kubeconfig written, ${label}`,
    `${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, n=${runs})`,
  ]);
  rows.push([
    `startSimulator() alone (in-process, from the CLI's log), ${label}`,
    `${median(own).toFixed(0)} ms (min ${Math.min(...own)}, max ${Math.max(...own)})`,
  ]);
  rows.push([`RSS idle, ${label}`, `${median(rss).toFixed(1)} MiB`]);
}

// Under load: 10 Deployments x 3 replicas (30 pods) and 10 Services through the real kubectl.
const h = await up(['--pod-ready-delay', '100']);
const kubectl = (...a) => exec('kubectl', ['--kubeconfig', h.kubeconfig, ...a], { maxBuffer: 1 << 24 });
const docs = [];
for (let i = 0; i < 10; i++) {
  docs.push(
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app${i}, namespace: default}\nspec:\n  replicas: 3\n  selector: {matchLabels: {app: app${i}}}\n  template:\n    metadata: {labels: {app: app${i}}}\n    spec: {containers: [{name: c, image: "example/app:1"}]}`,
  );
  docs.push(
    `apiVersion: v1\nkind: Service\nmetadata: {name: app${i}, namespace: default}\nspec: {selector: {app: app${i}}, ports: [{port: 80}]}`,
  );
}
const t0 = Date.now();
const apply = spawn('kubectl', ['--kubeconfig', h.kubeconfig, 'apply', '-f', '-']);
apply.stdin.end(docs.join('\n---\n'));
await new Promise((r) => apply.on('exit', r));
for (let i = 0; i < 10; i++) await kubectl('rollout', 'status', `deployment/app${i}`, '--timeout=60s');
const rolloutMs = Date.now() - t0;
const tg = Date.now();
await kubectl('get', 'pods', '-o', 'json');
rows.push(['10 Deployments x 3 replicas + 10 Services applied and rolled out (kubectl)', `${rolloutMs} ms`]);
rows.push(['kubectl get pods -o json (30 pods)', `${Date.now() - tg} ms`]);
rows.push(['RSS with 30 pods, 10 Services', `${rssMiB(h.child.pid).toFixed(1)} MiB`]);
await stop(h);

console.log(`\nSimulator startup and memory (node ${process.version}, ${process.platform}/${process.arch})\n`);
console.log('| measurement | value |\n| --- | --- |');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
