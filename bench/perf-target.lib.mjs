// A benchmark target run as its own process: `node perf-target.lib.mjs <mode>` prints its port.
// Distributions (none, fixed, uniform, longtail, pause:<pauseMs>:<periodMs>): each request waits a delay drawn from the
// distribution and the server measures, with hrtime, how long it really held the request (arrival
// to end of response): the reference the client's percentiles are compared against.
// `raw`: a canned keep-alive response written straight to the socket, no node:http parsing
// (about 29 µs of CPU per request here against 45 µs for node:http), so a server on one core
// keeps ahead of two clients on the other and the clients' own cost sets the pace.
// Control endpoints, never counted as load:
//   GET /__stats?last=N  hold-time percentiles over the N connections opened last that carried
//                        load: a client's measured run, not its warmup, which used other connections
//   GET /__stats?completed=N  the same over the last N requests completed (an open-model run,
//                        whose pool opens connections only as it needs them)
//   GET /__counts        requests per 100 ms bucket per client (header x-bench-client) and the
//                        server's own CPU time per bucket, both on the server's clock (raw too)
//   GET /__arrivals      every request's arrival time (ms, server clock) per client (raw too)
//   GET /__reset         forget everything (raw too)
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';

const distributions = {
  none: () => 0,
  fixed: () => 10,
  uniform: () => 5 + Math.random() * 20,
  // Long tail: 90% ~5ms, 8% ~40ms, 2% ~150ms. p95 and p99 each fall well inside a mode: with the
  // 150ms mode at exactly 1%, p99 sat on the edge between 40 and 150ms and flipped with chance.
  longtail: () => {
    const r = Math.random();
    return r < 0.9 ? 5 : r < 0.98 ? 40 : 150;
  },
};
// pause:<pauseMs>:<periodMs>: answers nothing for pauseMs of every periodMs (requests arriving then
// wait until the pause ends), otherwise answers in 2 ms.
const pause = process.argv[2]?.match(/^pause:(\d+):(\d+)$/);
if (pause)
  distributions[process.argv[2]] = () => {
    const phase = (performance.now() - origin) % Number(pause[2]);
    return (phase < Number(pause[1]) ? Number(pause[1]) - phase : 0) + 2;
  };
const mode = process.argv[2] ?? 'none';
const draw = distributions[mode];
if (!draw && mode !== 'raw') throw new Error(`unknown distribution ${mode}`);

const BUCKET_MS = 100;
const origin = performance.now();
const bucketNow = () => Math.floor((performance.now() - origin) / BUCKET_MS);
let connections = []; // hold times (ms) per connection, in the order connections were opened
let clients = new Map(); // x-bench-client -> requests per bucket
let arrivals = new Map(); // x-bench-client -> arrival times (ms)
let completed = []; // hold times (ms) in completion order
function countFor(label) {
  const now = performance.now() - origin;
  if (!arrivals.has(label)) arrivals.set(label, []);
  arrivals.get(label).push(Math.round(now * 1000) / 1000);
  let counts = clients.get(label);
  if (!counts) clients.set(label, (counts = []));
  const bucket = bucketNow();
  counts[bucket] = (counts[bucket] ?? 0) + 1;
}
const cpuByBucket = []; // server CPU microseconds used up to the end of each bucket
setInterval(() => {
  const { user, system } = process.cpuUsage();
  cpuByBucket[bucketNow()] = user + system;
}, BUCKET_MS).unref();

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function countsJson() {
  const perClient = Object.fromEntries(
    [...clients].map(([label, counts]) => [label, Array.from(counts, (n) => n ?? 0)]),
  );
  return JSON.stringify({
    originMs: performance.timeOrigin + origin,
    bucketMs: BUCKET_MS,
    clients: perClient,
    cpuMicros: Array.from(cpuByBucket, (n) => n ?? null),
  });
}

function control(req, res) {
  const url = new URL(req.url, 'http://target');
  if (url.pathname === '/__stats') {
    const loaded = connections.filter((held) => held.length > 0);
    const last = Number(url.searchParams.get('last') ?? loaded.length);
    const done = url.searchParams.get('completed');
    const sorted = Float64Array.from(done ? completed.slice(-Number(done)) : loaded.slice(-last).flat()).sort();
    res.end(
      JSON.stringify({
        count: sorted.length,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
      }),
    );
  } else if (url.pathname === '/__counts') {
    res.end(countsJson());
  } else if (url.pathname === '/__arrivals') {
    res.end(JSON.stringify(Object.fromEntries(arrivals)));
  } else {
    connections = [];
    clients = new Map();
    arrivals = new Map();
    completed = [];
    res.end('{}');
  }
}

const server = createServer((req, res) => {
  if (req.url.startsWith('/__')) return control(req, res);
  const start = process.hrtime.bigint();
  const label = req.headers['x-bench-client'];
  if (label) countFor(label);
  const held = req.socket.held;
  const delay = draw();
  const reply = () => {
    res.end('ok');
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    held.push(ms);
    completed.push(ms);
  };
  if (delay > 0) setTimeout(reply, delay);
  else reply();
});
server.on('connection', (socket) => {
  socket.held = [];
  connections.push(socket.held);
});

const CANNED = Buffer.from(
  'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok',
);
const LABEL = 'x-bench-client: ';
/** Every request (GET, no body) ends its head with a blank line; answer each with the canned response. */
function rawConnection(socket) {
  let pending = '';
  socket.on('data', (chunk) => {
    const text = pending + chunk.toString('latin1');
    let at = 0;
    let end;
    while ((end = text.indexOf('\r\n\r\n', at)) !== -1) {
      const head = text.slice(at, end);
      if (head.startsWith('GET /__')) {
        const body = Buffer.from(
          head.startsWith('GET /__counts')
            ? countsJson()
            : head.startsWith('GET /__arrivals')
              ? JSON.stringify(Object.fromEntries(arrivals))
              : '{}',
        );
        if (!/^GET \/__(counts|arrivals)/.test(head)) {
          clients = new Map();
          arrivals = new Map();
        }
        socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
        socket.write(body);
      } else {
        const labelAt = head.toLowerCase().indexOf(LABEL);
        if (labelAt !== -1) {
          const lineEnd = head.indexOf('\r\n', labelAt);
          countFor(head.slice(labelAt + LABEL.length, lineEnd === -1 ? undefined : lineEnd).trim());
        }
        socket.write(CANNED);
      }
      at = end + 4;
    }
    pending = text.slice(at);
  });
  socket.on('error', () => {});
}

const listening = mode === 'raw' ? createNetServer(rawConnection) : server;
listening.listen(0, '127.0.0.1', () => process.stdout.write(`${listening.address().port}\n`));
process.on('SIGTERM', () => listening.close(() => process.exit(0)));
