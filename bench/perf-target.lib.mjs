// A benchmark target run as its own process: `node perf-target.lib.mjs <distribution>` prints its
// port. Each request waits a delay drawn from the distribution and the server measures, with
// hrtime, how long it really held the request (arrival to end of response): the reference the
// client's percentiles are compared against. GET /__stats returns those percentiles; /__reset clears.
import { createServer } from 'node:http';

const distributions = {
  none: () => 0,
  fixed: () => 10,
  uniform: () => 5 + Math.random() * 20,
  // Long tail: 90% ~5ms, 9% ~40ms, 1% ~150ms.
  longtail: () => { const r = Math.random(); return r < 0.9 ? 5 : r < 0.99 ? 40 : 150; },
};
const draw = distributions[process.argv[2] ?? 'none'];
if (!draw) throw new Error(`unknown distribution ${process.argv[2]}`);
let held = [];

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const server = createServer((req, res) => {
  if (req.url === '/__stats') {
    const sorted = Float64Array.from(held).sort();
    res.end(JSON.stringify({ count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) }));
    return;
  }
  if (req.url === '/__reset') { held = []; res.end('{}'); return; }
  const start = process.hrtime.bigint();
  const delay = draw();
  const reply = () => {
    res.end('ok');
    held.push(Number(process.hrtime.bigint() - start) / 1e6);
  };
  if (delay > 0) setTimeout(reply, delay);
  else reply();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
