// Cold start of every bundle: `node dist/<name>/index.js` with no inputs, until it exits on its
// first input error, against a bare `node -e 0` of the same Node binary measured in the same run
// (interleaved, so machine load hits both alike). Needs `npm run build` first. Prints one table.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.DK_BENCH_RUNS ?? 7);
const TARGET_S = 0.3;
const bundles = readdirSync(join(root, 'dist'))
  .filter((name) => name !== 'cli')
  .sort();
const env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: '/tmp' };

function once(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', cwd: root });
  const ms = performance.now() - started;
  return { ms, output: `${result.stdout}${result.stderr}` };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const node = [];
const times = Object.fromEntries(bundles.map((b) => [b, []]));
const firstLine = {};
for (let run = 0; run < RUNS; run++) {
  for (const bundle of bundles) {
    node.push(once(['-e', '0']).ms);
    const { ms, output } = once([join('dist', bundle, 'index.js')]);
    if (!/input '[^']+'|::error::/.test(output)) throw new Error(`${bundle}: no input error in its output:\n${output}`);
    firstLine[bundle] ??= output.split('\n').find((l) => l.includes('::error::')) ?? '';
    times[bundle].push(ms);
  }
}

const base = median(node);
console.log(`\nCold start to the first input error, Node ${process.version}, ${RUNS} runs each, medians\n`);
console.log(`yardstick: node -e 0 = ${(base / 1000).toFixed(3)} s`);
console.log(
  `target: ${TARGET_S} s on an idle runner where node -e 0 takes about 0.08 s (ratio ${(TARGET_S / 0.08).toFixed(2)}x)\n`,
);
console.log('| bundle | cold start | ratio to node -e 0 | first error |');
console.log('| --- | ---: | ---: | --- |');
for (const bundle of bundles) {
  const m = median(times[bundle]);
  console.log(
    `| ${bundle} | ${(m / 1000).toFixed(3)} s | ${(m / base).toFixed(2)}x | ${firstLine[bundle].slice(0, 60)} |`,
  );
}
