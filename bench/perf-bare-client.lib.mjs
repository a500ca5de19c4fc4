// The floor for any Node client: one keep-alive connection on a raw socket, hrtime around each
// GET, nothing else. `node perf-bare-client.lib.mjs <port> <warmup s> <measure s>` warms up on
// one connection, measures on a second (so the server's per-connection reference covers only
// the measured part, as for perf-gate) and prints the p50/p95/p99 in ms as JSON.
import { connect } from 'node:net';

const [port, warmupS, measureS] = process.argv.slice(2).map(Number);
const request = Buffer.from('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');

/** Sends GETs back to back for `seconds`; resolves with each one's latency in ms. */
function load(seconds) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.setNoDelay(true);
    const latencies = [];
    const end = performance.now() + seconds * 1000;
    let sentAt = 0n;
    const send = () => {
      sentAt = process.hrtime.bigint();
      socket.write(request);
    };
    // The targets answer each request with one small chunk, so one 'data' event is one response.
    socket.on('data', () => {
      latencies.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
      if (performance.now() < end) return send();
      socket.end();
      resolve(latencies);
    });
    socket.on('error', reject);
    socket.on('connect', send);
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
await load(warmupS);
const sorted = (await load(measureS)).sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  }),
);
