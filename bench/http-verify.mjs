// health-check and smoke-test through the built CLI (dist/cli/index.js) against local servers:
// 1) detection lag: how long after a service turns healthy the health check reports it,
// 2) smoke-test wall time for 24 checks of 50ms each at concurrency 1, 4 and 8,
// 3) cost per check on a trivial server (fresh connection per request, assertions, captures).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = (args) =>
  new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'dist', 'cli', 'index.js'), ...args, '--json']);
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('close', (code) =>
      done({ code, ms: performance.now() - started, outputs: JSON.parse(out.slice(out.indexOf('{')) || '{}') }),
    );
  });
const table = (title, head, rows) => {
  console.log(`\n${title}\n| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
};

let healthyAt = Infinity;
let firstOkAt;
const server = createServer((req, res) => {
  if (req.url.startsWith('/warming')) {
    const healthy = Date.now() >= healthyAt;
    if (healthy) firstOkAt ??= Date.now();
    res.writeHead(healthy ? 200 : 503).end('{}');
    return;
  }
  const delay = req.url.startsWith('/slow') ? 50 : 0;
  setTimeout(() => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok","token":"t-1","items":[1,2,3]}');
  }, delay);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

try {
  const lag = [];
  for (const [interval, max] of [
    ['100ms', '400ms'],
    ['200ms', '2s'],
    ['1s', '5s'],
  ]) {
    for (let round = 1; round <= 3; round++) {
      healthyAt = Date.now() + 2000;
      firstOkAt = undefined;
      const run = await cli([
        'health',
        '--url',
        `${base}/warming`,
        '--interval',
        interval,
        '--max-interval',
        max,
        '--timeout',
        '30s',
      ]);
      lag.push([interval, max, round, run.outputs.attempts, `${firstOkAt - healthyAt}ms`]);
    }
  }
  table(
    'health-check: lag between the service turning healthy (2s after the CLI is spawned) and the verdict (full-jitter backoff)',
    ['interval', 'max-interval', 'round', 'attempts', 'lag'],
    lag,
  );

  const dir = mkdtempSync(join(tmpdir(), 'dk-bench-smoke-'));
  const checks = (n, path) =>
    Array.from(
      { length: n },
      (_, i) =>
        `  - name: c${i}\n    path: ${path}/${i}\n    expect:\n      - status 200\n      - jsonpath $.items count == 3\n`,
    ).join('');
  writeFileSync(join(dir, 'slow.yml'), `checks:\n${checks(24, '/slow')}`);
  writeFileSync(join(dir, 'fast.yml'), `checks:\n${checks(200, '/fast')}`);
  const rows = [];
  for (const concurrency of ['1', '4', '8']) {
    const run = await cli(['smoke', '--spec', join(dir, 'slow.yml'), '--base-url', base, '--concurrency', concurrency]);
    rows.push([concurrency, run.outputs.total, run.outputs.passed, `${Math.round(run.ms)}ms`]);
  }
  table(
    'smoke-test: 24 checks, server answers after 50ms (wall time of the CLI process, startup included)',
    ['concurrency', 'checks', 'passed', 'wall'],
    rows,
  );
  const empty = await cli(['smoke', '--spec', join(dir, 'fast.yml').replace('fast', 'none')]);
  const fast = await cli(['smoke', '--spec', join(dir, 'fast.yml'), '--base-url', base]);
  const perCheck = (fast.ms - empty.ms) / 200;
  table(
    'smoke-test: cost per check, trivial server, concurrency 1',
    ['checks', 'wall', 'process startup (config-error run)', 'per check'],
    [[200, `${Math.round(fast.ms)}ms`, `${Math.round(empty.ms)}ms`, `${perCheck.toFixed(2)}ms`]],
  );
} finally {
  server.close();
}
