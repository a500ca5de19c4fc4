// Accuracy of the open model: perf-gate at a constant arrival rate against a server that injects a
// known latency distribution and measures, server-side, how long it held each request (the
// reference; the last N completed requests, N = the measured run's responses). Two figures per
// percentile: latency from the moment a request was sent (must match the server within 2% or
// 1 ms, like the closed model's bench/perf-accuracy.mjs) and latency from its intended send time
// (what thresholds judge; it adds how late the send went out: timer resolution, and any lag of a
// busy machine, which the lateness column shows).
import { perfGate, pinnedCores, printTable, startTarget } from './perf-support.lib.mjs';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 1);
const rows = [];
let outside = 0;
for (const name of ['fixed', 'uniform', 'longtail'])
  for (let repeat = 1; repeat <= REPEAT; repeat++) {
    const target = await startTarget(name);
    try {
      const report = await perfGate(target.url, {
        duration: '5s',
        warmup: '2s',
        connections: 100,
        extra: ['--rate', String(RATE)],
      });
      const server = await target.completedStats(report.figures.requests);
      for (const p of ['p50', 'p95', 'p99']) {
        const sent = report.figures.latency[p];
        const intended = report.figures.correctedLatency[p];
        const diff = sent - server[p];
        const ok = Math.abs(diff) <= 1 || Math.abs(diff) / server[p] <= 0.02;
        if (!ok) outside++;
        rows.push([
          `${name} #${repeat}`,
          p,
          server[p].toFixed(3),
          sent.toFixed(3),
          `${diff >= 0 ? '+' : ''}${diff.toFixed(3)}`,
          ok ? 'yes' : 'NO',
          intended.toFixed(3),
          `+${(intended - server[p]).toFixed(3)}`,
          p === 'p50' ? `p50 ${report.arrivals.lateness.p50} / p99 ${report.arrivals.lateness.p99}` : '',
        ]);
      }
      rows.push([`${name} #${repeat}`, 'count', server.count, report.figures.requests, '', '', '', '', '']);
    } finally {
      target.stop();
    }
  }
printTable(
  `open-model accuracy at ${RATE} req/s (2s warmup then 5s measured, pool of 100; server-side hold time as reference, ms; ${pinnedCores})`,
  [
    'distribution',
    'figure',
    'server',
    'from send',
    'diff ms',
    'within 2% or 1ms',
    'from intended time',
    'diff ms',
    'send lateness ms',
  ],
  rows,
);
console.log(
  `\n${outside === 0 ? 'all from-send figures within 2% or 1ms' : `${outside} from-send figures outside 2% / 1ms`}`,
);
