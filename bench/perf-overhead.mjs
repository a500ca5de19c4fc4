// Overhead: requests/s through perf-gate (the built CLI: HDR recording per response, windows,
// saturation watch) divided by plain autocannon's against the same trivial server, alternating
// A/B in the same run so machine noise hits both. Target: >= 0.95.
import { importSource, median, perfGate, plainAutocannon, printTable, startTarget } from './perf-support.lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const target = await startTarget('none');
const rows = [];
try {
  for (let round = 1; round <= ROUNDS; round++) {
    const runPlain = () => plainAutocannon(target.url, { durationS: 2, warmupS: 1 });
    const runGated = () => perfGate(target.url, { duration: '2s', warmup: '1s' });
    let plain;
    let gated;
    if (round % 2) { plain = await runPlain(); gated = await runGated(); } else { gated = await runGated(); plain = await runPlain(); }
    const gatedCpuUs = (gated.generator.cpu * gated.config.durationMs * 1000) / gated.figures.requests;
    rows.push([round, Math.round(plain.rps), Math.round(gated.figures.rps), (gated.figures.rps / plain.rps).toFixed(3),
      plain.cpuPerRequestUs.toFixed(1), gatedCpuUs.toFixed(1), (plain.cpuPerRequestUs / gatedCpuUs).toFixed(3)]);
  }
} finally {
  target.stop();
}
const ratio = median(rows.map((r) => Number(r[3])));
const efficiency = median(rows.map((r) => Number(r[6])));
printTable('perf-gate overhead (trivial server, 10 connections, 2s runs after 1s warmup, ABBA order)', ['round', 'autocannon req/s', 'perf-gate req/s', 'req/s ratio', 'autocannon CPU µs/req', 'perf-gate CPU µs/req', 'CPU efficiency ratio'], rows);
console.log(`\nmedian req/s ratio ${ratio.toFixed(3)} (target >= 0.95): ${ratio >= 0.95 ? 'MET' : 'NOT MET'}`);
console.log(`median CPU efficiency ratio ${efficiency.toFixed(3)} (autocannon CPU per request / perf-gate's; 1.0 = no overhead; steadier than req/s on a busy machine)`);

// The only work perf-gate adds per response is RunRecorder.response(); its CPU cost, measured
// in-process, does not depend on how busy the machine is. Compared with autocannon's own CPU per
// request (from the rounds above) it gives the overhead on a CPU-bound generator.
const { RunRecorder } = await importSource('src/core/perf/recorder.ts');
const N = 1_000_000;
function recordingCost(open) {
  let clock = 0;
  const recorder = new RunRecorder(1, 100, open ? 1 : undefined, () => clock, Infinity);
  const connections = Array.from({ length: 10 }, () => ({}));
  recorder.start();
  const cpu = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    clock = i * 0.01; // 100k responses/s of simulated time: 1000 per window
    recorder.response(200, 120, 0.3 + (i % 997) * 0.05, connections[i % 10]);
  }
  const used = process.cpuUsage(cpu);
  const after = process.cpuUsage();
  const { timeline } = recorder.finish(clock);
  const encoding = process.cpuUsage(after);
  return { hot: ((used.user + used.system) * 1000) / N, finishMs: (encoding.user + encoding.system) / 1000, windows: timeline.length };
}
recordingCost(false); // JIT warmup
const closedNs = recordingCost(false);
const openNs = recordingCost(true);
const autocannonUs = median(rows.map((r) => Number(r[4])));
const row = (model, cost) => [model, cost.hot.toFixed(0), `${autocannonUs.toFixed(1)} µs`, `${((cost.hot / 1000 / autocannonUs) * 100).toFixed(2)}%`,
  (autocannonUs / (autocannonUs + cost.hot / 1000)).toFixed(4), `${(cost.finishMs / cost.windows).toFixed(2)} ms x ${cost.windows}`];
printTable('perf-gate recording cost per response while measuring (CPU, in-process, 1M responses)', ['model', 'ns/response', 'autocannon CPU/request (median above)', 'overhead', 'req/s ratio bound', 'after the run: encode per window'],
  [row('closed', closedNs), row('open (+ corrected histogram)', openNs)]);
