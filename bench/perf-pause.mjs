// Why the open model exists: a service that pauses all answers for a fixed time at a fixed period
// (2 ms answers otherwise). Users arriving at a steady rate hit the pause with probability
// pause/period and wait out its rest, so their p95 is pause - 5% of the period + 2 ms. perf-gate's
// open model (latency from the intended send time) against its closed model (10 connections),
// and plain autocannon with `overallRate` (perf-gate's open model before it sent at intended
// times) measured from when it sent. The server's own p95 over the open model's requests is the
// reference: hold time from arrival to answer, for arrivals spread as evenly as the load was.
import { perfGate, pinnedCores, plainAutocannon, printTable, startTarget } from './perf-support.lib.mjs';

const CASES = [
  { pauseMs: 500, periodMs: 2000, rate: 100 },
  { pauseMs: 500, periodMs: 2000, rate: 400 },
  { pauseMs: 200, periodMs: 1000, rate: 200 },
  { pauseMs: 100, periodMs: 500, rate: 50 },
];
const DURATION_S = 4;
const rows = [];
for (const { pauseMs, periodMs, rate } of CASES) {
  const target = await startTarget(`pause:${pauseMs}:${periodMs}`);
  try {
    const expected = pauseMs - 0.05 * periodMs + 2;
    const common = { duration: `${DURATION_S}s`, warmup: '1s' };
    const open = await perfGate(target.url, { ...common, connections: 500, extra: ['--rate', String(rate)] });
    const server = await target.completedStats(open.figures.requests);
    const closed = await perfGate(target.url, { ...common, connections: 10 });
    const old = await plainAutocannon(target.url, {
      durationS: DURATION_S,
      warmupS: 1,
      connections: 10,
      overallRate: rate,
    });
    rows.push([
      `${pauseMs} ms of every ${periodMs} ms`,
      rate,
      expected,
      server.p95.toFixed(1),
      open.figures.correctedLatency.p95.toFixed(1),
      `${open.arrivals.poolExhausted} / ${open.arrivals.lateSends}`,
      closed.figures.latency.p95.toFixed(1),
      closed.figures.latency.max.toFixed(1),
      old.p97_5.toFixed(1),
    ]);
  } finally {
    target.stop();
  }
}
printTable(
  `a service pausing all answers (2 ms otherwise): p95 in ms, ${DURATION_S}s runs after 1s warmup; ${pinnedCores}`,
  [
    'pause',
    'rate req/s',
    'steady users p95 (analytic)',
    'server p95 (open-model arrivals)',
    'perf-gate open p95',
    'open: waited for connection / late',
    'perf-gate closed p95 (c=10)',
    'closed max',
    'autocannon overallRate p97.5',
  ],
  rows,
);
