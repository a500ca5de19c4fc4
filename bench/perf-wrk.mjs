// Maximum throughput of the same trivial server measured by wrk (C, epoll), plain autocannon and
// perf-gate, one connection count for all. Skipped, saying so, when Debian's wrk is not installed.
import { spawnSync } from 'node:child_process';
import { onCore, perfGate, pinnedCores, plainAutocannon, printTable, startTarget } from './perf-support.lib.mjs';

const which = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' });
if (which.status !== 0) {
  console.log('\nwrk comparison skipped: wrk is not installed (apt-get install -y wrk)');
  process.exit(0);
}
const target = await startTarget('none');
try {
  const wrk = spawnSync(...onCore(1, 'wrk', ['-t1', '-c10', '-d5s', `${target.url}/`]), { encoding: 'utf8' });
  const wrkRps = Number(wrk.stdout.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN);
  const plain = await plainAutocannon(target.url, { durationS: 5, warmupS: 1 });
  const gated = await perfGate(target.url, { duration: '5s', warmup: '1s' });
  printTable(
    `max throughput, trivial node:http server, 10 connections, 5s; ${pinnedCores}`,
    ['tool', 'req/s', 'vs wrk'],
    [
      ['wrk -t1 -c10', Math.round(wrkRps), '1.000'],
      ['autocannon', Math.round(plain.rps), (plain.rps / wrkRps).toFixed(3)],
      ['perf-gate', Math.round(gated.figures.rps), (gated.figures.rps / wrkRps).toFixed(3)],
    ],
  );
} finally {
  target.stop();
}
