// Overhead: requests/s through perf-gate (the built CLI: HDR recording per response, windows,
// saturation watch) divided by plain autocannon's against the same trivial server in the same run.
// Target: >= 0.95.
//
// Both clients run at the same time, pinned to one core, the server on the other. Run one after
// the other, two identical autocannon runs on this 2-core VM differ by up to 2x (14k-34k req/s,
// even inside one process), so sequential A/B pairs measure the machine, not perf-gate. Running
// together, both see the same machine, and the kernel's fair scheduler gives each half the core:
// each one's req/s is then set by its CPU cost per request, which is exactly what perf-gate could
// add. The server counts each client's requests (header x-bench-client) per 100 ms on its own
// clock, and the ratio is taken over the seconds where perf-gate was measuring and both ran. The
// server is the `raw` one (see perf-target.lib.mjs): node:http at this rate used 90-97% of its core
// and began to set the pace, which would hide a client's overhead. A/A rounds, with a second plain
// autocannon in perf-gate's place, show the method itself favours neither client.
import {
  importSource,
  median,
  perfGate,
  pinnedCores,
  plainAutocannon,
  printTable,
  startTarget,
} from './perf-support.lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const CALIBRATION_ROUNDS = Number(process.env.BENCH_CALIBRATION ?? 2);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 12);
const SKIP_S = 2; // the second client's process start and cold JIT (perf-gate runs without warmup here)
const target = await startTarget('raw');

/** One round: plain autocannon from the start, `second` (perf-gate, or plain again to calibrate) 0.5 s later. */
async function round(second) {
  await target.reset();
  // Plain autocannon starts first and outlasts the second client, so it loads the server for all of its run.
  const plain = plainAutocannon(target.url, { durationS: DURATION_S + 3, warmupS: 0, client: 'plain' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const own = await second();
  await plain;
  const counts = await target.counts();
  const window = sharedWindow(counts, SKIP_S);
  const sum = (series) => series.slice(window.from, window.to).reduce((a, b) => a + (b ?? 0), 0);
  const seconds = ((window.to - window.from) * counts.bucketMs) / 1000;
  const plainRps = sum(counts.clients.plain) / seconds;
  const secondRps = sum(counts.clients.other) / seconds;
  const serverCpu = (counts.cpuMicros[window.to - 1] - counts.cpuMicros[window.from - 1]) / 1e6 / seconds;
  return { seconds, plainRps, secondRps, ratio: secondRps / plainRps, serverCpu, own };
}

const rows = [];
const ratios = [];
const calibration = [];
try {
  for (let n = 1; n <= CALIBRATION_ROUNDS; n++) {
    const r = await round(() => plainAutocannon(target.url, { durationS: DURATION_S, warmupS: 0, client: 'other' }));
    calibration.push(r.ratio);
    rows.push([
      `A/A ${n}`,
      r.seconds.toFixed(1),
      Math.round(r.plainRps),
      Math.round(r.secondRps),
      r.ratio.toFixed(3),
      `${Math.round(r.serverCpu * 100)}%`,
      '',
    ]);
  }
  for (let n = 1; n <= ROUNDS; n++) {
    const r = await round(
      async () =>
        (await perfGate(target.url, { duration: `${DURATION_S}s`, warmup: '0', client: 'other' })).figures.rps,
    );
    ratios.push(r.ratio);
    rows.push([
      n,
      r.seconds.toFixed(1),
      Math.round(r.plainRps),
      Math.round(r.secondRps),
      r.ratio.toFixed(3),
      `${Math.round(r.serverCpu * 100)}%`,
      Math.round(r.own),
    ]);
  }
} finally {
  target.stop();
}

/** Buckets [from, to) where both clients were loading the server, less the second client's first seconds. */
function sharedWindow(counts, skipS) {
  const active = (series) => ({ first: series.findIndex((n) => n > 0), last: series.findLastIndex((n) => n > 0) });
  const plain = active(counts.clients.plain ?? []);
  const other = active(counts.clients.other ?? []);
  if (plain.first < 0 || other.first < 0) throw new Error('a client sent no request the server counted');
  const from = Math.max(plain.first, other.first) + (skipS * 1000) / counts.bucketMs;
  const to = Math.min(plain.last, other.last); // the last bucket of either is partial
  if (to - from < 10) throw new Error(`the clients overlapped for only ${to - from} buckets`);
  return { from, to };
}

const ratio = median(ratios);
printTable(
  `perf-gate overhead: both clients at once on one core, trivial raw HTTP server on the other; 10 connections each; ${pinnedCores}`,
  [
    'round',
    'window s',
    'autocannon req/s',
    'perf-gate req/s (A/A: autocannon)',
    'req/s ratio',
    'server CPU',
    'perf-gate own report req/s',
  ],
  rows,
);
if (calibration.length)
  console.log(
    `\nA/A calibration (a second plain autocannon in perf-gate's place): ratio ${calibration.map((r) => r.toFixed(3)).join(', ')}; 1.000 means the method favours neither client`,
  );
console.log(
  `median req/s ratio ${ratio.toFixed(3)} over ${ROUNDS} rounds (range ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)}; target >= 0.95): ${ratio >= 0.95 ? 'MET' : 'NOT MET'}`,
);
if (rows.some((r) => Number.parseInt(r[5]) >= 90))
  console.log(
    'warning: the server used >= 90% of its core in some round, so it may have set the pace and hidden client overhead',
  );

// The only work perf-gate adds per response is RunRecorder.response(); its CPU cost, measured
// in-process, explains the ratio above.
const { RunRecorder } = await importSource('src/core/perf/recorder.ts');
const N = 1_000_000;
function recordingCost(open) {
  let clock = 0;
  const recorder = new RunRecorder(1, 100, open, () => clock, Infinity);
  recorder.start();
  const cpu = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    clock = i * 0.01; // 100k responses/s of simulated time: 1000 per window
    // Open model: one send and a latency from the intended send time per response.
    if (open) recorder.send(false);
    recorder.response(200, 120, 0.3 + (i % 997) * 0.05, open ? 0.4 + (i % 997) * 0.05 : undefined);
  }
  const used = process.cpuUsage(cpu);
  const after = process.cpuUsage();
  const { timeline } = recorder.finish(clock);
  const encoding = process.cpuUsage(after);
  return {
    hot: ((used.user + used.system) * 1000) / N,
    finishMs: (encoding.user + encoding.system) / 1000,
    windows: timeline.length,
  };
}
recordingCost(false); // JIT warmup
const closed = recordingCost(false);
const open = recordingCost(true);
printTable(
  'perf-gate recording cost per response while measuring (CPU, in-process, 1M responses)',
  ['model', 'ns/response', 'after the run: encode per window'],
  [
    ['closed', closed.hot.toFixed(0), `${(closed.finishMs / closed.windows).toFixed(2)} ms x ${closed.windows}`],
    [
      'open (+ send, + histogram from intended time)',
      open.hot.toFixed(0),
      `${(open.finishMs / open.windows).toFixed(2)} ms x ${open.windows}`,
    ],
  ],
);
