// Accuracy: a server injects a known latency distribution and measures, server-side, how long it
// held each request; perf-gate's p50/p95/p99 must land within 2% or 1ms of those. Plain
// autocannon's own p50/p99 against a fresh server-side reference are shown alongside: the
// difference between client and server is the network path plus client-side scheduling, which
// any client measures, not something perf-gate's recording adds. Both clients warm up first (a
// fresh process runs cold JIT code for its first second, which is what warmup is for); the
// server's reference covers only the connections of the measured run, not the warmup's. With one
// connection, a bare raw-socket client (perf-bare-client.lib.mjs) shows the floor any Node client
// measures on the machine.
import { bareClient, perfGate, pinnedCores, plainAutocannon, printTable, startTarget } from './perf-support.lib.mjs';

const WARMUP_S = 2;

const rows = [];
let worst = 0;
const lags = [];
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,10').split(',').map(Number);
for (const connections of CONNECTIONS)
  for (const name of ['fixed', 'uniform', 'longtail']) {
    const distribution = `${name} c=${connections}`;
    const target = await startTarget(name);
    try {
      const report = await perfGate(target.url, { duration: '5s', warmup: `${WARMUP_S}s`, connections });
      const server = await target.stats(connections);
      const plain = await plainAutocannon(target.url, { durationS: 5, warmupS: WARMUP_S, connections });
      const plainServer = await target.stats(connections);
      // The bare client has one connection, so it only stands in for the one-connection rows.
      const bare = connections === 1 ? await bareClient(target.url, { durationS: 5, warmupS: WARMUP_S }) : undefined;
      const bareServer = bare ? await target.stats(1) : undefined;
      const signed = (n) => `${n >= 0 ? '+' : ''}${n.toFixed(3)}`;
      const plainDiff = (p) => (p in plain ? signed(plain[p] - plainServer[p]) : 'n/a');
      const bareDiff = (p) => (bare ? signed(bare[p] - bareServer[p]) : 'n/a');
      for (const p of ['p50', 'p95', 'p99']) {
        const measured = report.figures.latency[p];
        const reference = server[p];
        const diff = measured - reference;
        const ok = Math.abs(diff) <= 1 || Math.abs(diff) / reference <= 0.02;
        if (!ok) worst++;
        rows.push([
          distribution,
          p,
          reference.toFixed(3),
          measured.toFixed(3),
          signed(diff),
          `${((diff / reference) * 100).toFixed(2)}%`,
          ok ? 'yes' : 'NO',
          plainDiff(p),
          bareDiff(p),
        ]);
      }
      rows.push([distribution, 'count', server.count, report.figures.requests, '', '', '', '', '']);
      lags.push(
        `${distribution}: generator event-loop lag p99 ${report.generator.eventLoopLagP99Ms}ms, CPU ${Math.round(report.generator.cpu * 100)}%`,
      );
    } finally {
      target.stop();
    }
  }
printTable(
  `perf-gate accuracy (c = connections, ${WARMUP_S}s warmup then 5s measured; server-side hold time as reference, ms; ${pinnedCores})`,
  [
    'distribution',
    'figure',
    'server',
    'perf-gate',
    'diff ms',
    'diff %',
    'within 2% or 1ms',
    'autocannon diff ms',
    'bare client diff ms',
  ],
  rows,
);
console.log(`\n${lags.join('\n')}`);
console.log(`\n${worst === 0 ? 'all figures within 2% or 1ms' : `${worst} figures outside 2% / 1ms`}`);
