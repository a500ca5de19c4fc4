// Overhead: requests/s through perf-gate (the built CLI: HDR recording per response, windows,
// saturation watch) divided by plain autocannon's against the same trivial server, alternating
// A/B in the same run so machine noise hits both. Target: >= 0.95.
import { median, perfGate, plainAutocannon, printTable, startTarget } from './perf-support.lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const target = await startTarget('none');
const rows = [];
try {
  for (let round = 1; round <= ROUNDS; round++) {
    const runPlain = () => plainAutocannon(target.url, { durationS: 3, warmupS: 1 });
    const runGated = () => perfGate(target.url, { duration: '3s', warmup: '1s' });
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
printTable('perf-gate overhead (trivial server, 10 connections, 3s runs after 1s warmup, ABBA order)', ['round', 'autocannon req/s', 'perf-gate req/s', 'req/s ratio', 'autocannon CPU µs/req', 'perf-gate CPU µs/req', 'CPU efficiency ratio'], rows);
console.log(`\nmedian req/s ratio ${ratio.toFixed(3)} (target >= 0.95): ${ratio >= 0.95 ? 'MET' : 'NOT MET'}`);
console.log(`median CPU efficiency ratio ${efficiency.toFixed(3)} (autocannon CPU per request / perf-gate's; 1.0 = no overhead; steadier than req/s on a busy machine)`);
