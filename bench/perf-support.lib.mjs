// Shared by the perf-gate benchmarks: start a target process, run perf-gate through the built CLI
// (dist/cli/index.js, exactly what users run), run plain autocannon, print tables.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'dk-perf-bench-'));

// With at least two cores the target server gets CPU 0 and every load generator CPU 1 (taskset):
// the server never competes with a client for CPU, and two clients run at once share one core
// under the kernel's fair scheduler, so their req/s compare their CPU cost per request.
const pinning =
  process.env.BENCH_PIN !== '0' && availableParallelism() >= 2 && spawnSync('taskset', ['-V']).status === 0;
function spawnOn(core, args, options) {
  return spawn(...onCore(core, process.execPath, args), options);
}
/** [command, args] that run `command` on `core` when pinning, as is otherwise. */
export function onCore(core, command, args) {
  return pinning ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
}
export const pinnedCores = pinning
  ? 'target on CPU 0, load generators on CPU 1 (taskset)'
  : 'not pinned (needs 2 cores and taskset)';

export async function startTarget(distribution) {
  const child = spawnOn(0, [join(import.meta.dirname, 'perf-target.lib.mjs'), distribution], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = await once(child.stdout, 'data');
  const url = `http://127.0.0.1:${String(chunk).trim()}`;
  const get = async (path) => (await fetch(`${url}${path}`)).json();
  return {
    url,
    stop: () => child.kill('SIGTERM'),
    /** Server-side hold-time percentiles over the `last` connections opened (a client's measured run). */
    stats: (last) => get(`/__stats${last ? `?last=${last}` : ''}`),
    /** The same over the last `count` requests completed (an open-model run). */
    completedStats: (count) => get(`/__stats?completed=${count}`),
    counts: () => get('/__counts'),
    /** Arrival times (ms, server clock) per x-bench-client label. */
    arrivals: () => get('/__arrivals'),
    reset: () => get('/__reset'),
  };
}

function runNode(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawnOn(1, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, out, err }));
  });
}

let reports = 0;
/** perf-gate through the built CLI; returns its JSON report. */
export async function perfGate(url, { duration = '5s', warmup = '1s', connections = 10, client, extra = [] } = {}) {
  const report = join(scratch, `report-${++reports}.json`);
  const args = [
    join(root, 'dist', 'cli', 'index.js'),
    'perf',
    '--url',
    url,
    '--duration',
    duration,
    '--warmup',
    warmup,
    '--connections',
    String(connections),
    '--thresholds',
    'p(99) < 60s',
    '--report',
    report,
    ...(client ? ['--headers', `x-bench-client: ${client}`] : []),
    ...extra,
  ];
  const result = await runNode(args);
  if (result.code !== 0) throw new Error(`perf-gate exited ${result.code}: ${result.err}`);
  return JSON.parse(readFileSync(report, 'utf8'));
}

/** Plain autocannon in its own process, same options, same warmup; returns its requests/s. */
export async function plainAutocannon(url, { durationS = 5, warmupS = 1, connections = 10, client, overallRate } = {}) {
  const headers = client ? { 'x-bench-client': client } : {};
  const rate = overallRate ? `, overallRate: ${overallRate}` : '';
  const script = `
    import autocannon from 'autocannon';
    const opts = { url: ${JSON.stringify(url)}, connections: ${connections}, pipelining: 1, headers: ${JSON.stringify(headers)}${rate} };
    if (${warmupS} > 0) await autocannon({ ...opts, duration: ${warmupS} });
    const cpu = process.cpuUsage();
    const r = await autocannon({ ...opts, duration: ${durationS} });
    const used = process.cpuUsage(cpu);
    process.stdout.write(JSON.stringify({ cpuPerRequestUs: (used.user + used.system) / r.requests.total, rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, p97_5: r.latency.p97_5 }));`;
  const result = await runNode(['--input-type=module', '-e', script]);
  if (result.code !== 0) throw new Error(`autocannon exited ${result.code}: ${result.err}`);
  return JSON.parse(result.out);
}

/** The bare raw-socket client (perf-bare-client.lib.mjs), one connection; returns its percentiles. */
export async function bareClient(url, { durationS = 5, warmupS = 1 } = {}) {
  const result = await runNode([
    join(import.meta.dirname, 'perf-bare-client.lib.mjs'),
    new URL(url).port,
    String(warmupS),
    String(durationS),
  ]);
  if (result.code !== 0) throw new Error(`bare client exited ${result.code}: ${result.err}`);
  return JSON.parse(result.out);
}

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function printTable(title, headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(headers));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

/** Bundles a TypeScript module of src/ with esbuild (a dev dependency) and imports it. */
export async function importSource(relative) {
  const { build } = await import('esbuild');
  const outfile = join(scratch, `${relative.replace(/[^a-z0-9]/gi, '-')}.mjs`);
  await build({
    entryPoints: [join(root, relative)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return import(outfile);
}
