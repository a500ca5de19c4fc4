// Evenness of the open model, measured at the server: perf-gate at a constant arrival rate against
// a raw canned-response target (so the server is never the bottleneck), the server's arrival
// times of the measured run binned into 10 ms windows and compared with the target rate x 10 ms.
// Yardstick in the same run: plain autocannon with `overallRate` (what perf-gate's open model used
// before), same rate, same connections. The measured run is the last `duration` of arrivals (the
// schedule's last send is one interval before the end), so the warmup's arrivals are left out.
import { median, perfGate, pinnedCores, plainAutocannon, printTable, startTarget } from './perf-support.lib.mjs';

const RATES = (process.env.BENCH_RATES ?? '50,500,2000').split(',').map(Number);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 2);
const DURATION_S = 5;
const CONNECTIONS = 50;
const WINDOW_MS = 10;

/** Per-window deviation from rate x 10 ms over the last DURATION_S of one client's arrivals. */
function evenness(times, rate) {
  const interval = 1000 / rate;
  const end = times[times.length - 1] + interval;
  const start = end - DURATION_S * 1000;
  const run = times.filter((t) => t >= start - interval / 2);
  const windows = Math.floor((DURATION_S * 1000) / WINDOW_MS);
  const bins = new Array(windows).fill(0);
  for (const t of run) {
    const i = Math.floor((t - (start - interval / 2)) / WINDOW_MS);
    if (i >= 0 && i < windows) bins[i]++;
  }
  const target = (rate * WINDOW_MS) / 1000;
  const deviations = bins.map((n) => Math.abs(n - target)).sort((a, b) => a - b);
  return {
    target,
    max: deviations[windows - 1],
    p99: deviations[Math.ceil(windows * 0.99) - 1],
    achieved: run.length / DURATION_S,
    maxWindow: Math.max(...bins),
  };
}

const rows = [];
for (const rate of RATES)
  for (let repeat = 1; repeat <= REPEAT; repeat++) {
    const target = await startTarget('raw');
    try {
      const report = await perfGate(target.url, {
        duration: `${DURATION_S}s`,
        warmup: '1s',
        connections: CONNECTIONS,
        client: 'gate',
        extra: ['--rate', String(rate)],
      });
      await plainAutocannon(target.url, {
        durationS: DURATION_S,
        warmupS: 1,
        connections: Math.min(CONNECTIONS, rate),
        client: 'autocannon',
        overallRate: rate,
      });
      const arrivals = await target.arrivals();
      const gate = evenness(arrivals.gate, rate);
      const old = evenness(arrivals.autocannon, rate);
      const a = report.arrivals;
      const off = ((gate.achieved - rate) / rate) * 100;
      rows.push([
        rate,
        repeat,
        gate.target,
        `±${gate.max} / ±${gate.p99}`,
        `${gate.achieved.toFixed(1)} (${off >= 0 ? '+' : ''}${off.toFixed(2)}%)`,
        `±${a.evenness.maxDeviation} / ±${a.evenness.p99Deviation}`,
        `${a.lateSends} (p99 ${a.lateness.p99}ms)`,
        report.generator.saturated
          ? `yes: ${report.generator.reason}`
          : `no (CPU ${Math.round(report.generator.cpu * 100)}%)`,
        `±${old.max} / ±${old.p99}`,
        `${old.maxWindow}`,
      ]);
    } finally {
      target.stop();
    }
  }
printTable(
  `open-model evenness at the server (${DURATION_S}s runs after 1s warmup, pool of ${CONNECTIONS} connections, raw target; ${pinnedCores})`,
  [
    'rate req/s',
    'repeat',
    'target per 10ms',
    'perf-gate deviation max / p99 (server)',
    'achieved req/s (server)',
    'deviation max / p99 (perf-gate report)',
    'late sends',
    'generator saturated',
    'autocannon overallRate deviation max / p99',
    'autocannon busiest 10ms window',
  ],
  rows,
);
const worstOff = median(rows.map((r) => Math.abs(Number(String(r[4]).match(/\(([-+\d.]+)%\)/)[1]))));
console.log(`\nmedian |achieved - target| over all rows: ${worstOff.toFixed(2)}%`);
