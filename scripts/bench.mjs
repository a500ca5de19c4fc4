// `npm run bench`: runs every benchmark in bench/ (*.mjs and *.ts; Node 24 strips types) one after
// another and lets each print its tables. Files named *.lib.* are helpers, not benchmarks.
// `npm run bench -- perf` runs only the files whose name contains "perf".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const filter = process.argv[2] ?? '';
const files = readdirSync(join(root, 'bench'))
  .filter((name) => /\.(mjs|ts)$/.test(name) && !name.includes('.lib.') && name.includes(filter))
  .sort();
let failed = 0;
for (const name of files) {
  console.log(`\n=== bench/${name}`);
  const result = spawnSync(process.execPath, [join(root, 'bench', name)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`bench/${name} exited with ${result.status ?? result.signal}`);
  }
}
console.log(`\n${files.length} benchmarks run${failed ? `, ${failed} failed` : ''}`);
process.exitCode = failed ? 1 : 0;
