import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/repo.js';

/*
 * Proof of streaming: the readers run in a child Node whose old-generation heap is capped at
 * HEAP_MB, far below the size of the file. Reading the file whole would need at least its size
 * in one string and die with "heap out of memory"; the streamed readers finish and count right.
 */
const HEAP_MB = 32;
const CASES = 250_000;
const FILES = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'dk-score-huge-'));
const sizes: Record<string, number> = {};

async function writeLines(
  path: string,
  line: (i: number) => string,
  count: number,
  head = '',
  tail = '',
): Promise<number> {
  const out = createWriteStream(path);
  out.write(head);
  for (let i = 0; i < count; i++) if (!out.write(line(i))) await once(out, 'drain');
  out.end(tail);
  await once(out, 'finish');
  return statSync(path).size;
}

function readCapped(dimension: string, file: string): { status: number | null; stdout: string; stderr: string } {
  const script = join(dir, 'read.mjs');
  writeFileSync(
    script,
    `import { readReport } from './readers.mjs';\nconst r = await readReport(${JSON.stringify(dimension)}, ${JSON.stringify(file)}, undefined, { cwd: ${JSON.stringify(dir)} });\nconsole.log(JSON.stringify(r));\n`,
  );
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, script], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

beforeAll(async () => {
  await build({
    entryPoints: [join(repoRoot, 'src/core/reports/read.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(dir, 'readers.mjs'),
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const padding = 'x'.repeat(120);
  sizes.junit = await writeLines(
    join(dir, 'huge-junit.xml'),
    (i) =>
      i % 1000 === 0
        ? `<testcase classname="pkg.Suite${i % 97}" name="case ${i}" time="0.001"><failure message="boom">${padding}</failure></testcase>\n`
        : `<testcase classname="pkg.Suite${i % 97}" name="case ${i} ${padding}" time="0.001"/>\n`,
    CASES,
    '<?xml version="1.0"?>\n<testsuites><testsuite name="huge">\n',
    '</testsuite></testsuites>\n',
  );
  sizes.lcov = await writeLines(
    join(dir, 'huge.info'),
    (i) =>
      `SF:src/module-${i}.ts\n${Array.from({ length: 40 }, (_, l) => `DA:${l + 1},${l % 4 === 0 ? 0 : 3}`).join('\n')}\nLF:40\nLH:30\nend_of_record\n`,
    FILES,
    'TN:\n',
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`huge reports are streamed (child heap capped at ${HEAP_MB} MB)`, () => {
  it('counts 250k JUnit test cases in a file larger than the heap', () => {
    expect(sizes.junit).toBeGreaterThan(1.3 * HEAP_MB * 1024 * 1024);
    const run = readCapped('tests', join(dir, 'huge-junit.xml'));
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).data).toMatchObject({
      tests: CASES,
      failed: CASES / 1000,
      passed: CASES - CASES / 1000,
    });
  }, 60_000);

  it('sums 60k lcov records line by line', () => {
    expect(sizes.lcov).toBeGreaterThan(20 * 1024 * 1024);
    const run = readCapped('coverage', join(dir, 'huge.info'));
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).data).toEqual({
      linesFound: FILES * 40,
      linesHit: FILES * 30,
      branchesFound: 0,
      branchesHit: 0,
    });
  }, 60_000);

  it('the cap is real: reading the same JUnit file whole (and splitting its lines) runs out of memory', () => {
    const script = join(dir, 'whole.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';\nconst parts = [];\nparts.push(readFileSync(${JSON.stringify(join(dir, 'huge-junit.xml'))}, 'utf8').split('\\n'));\nconsole.log(parts.length);\n`,
    );
    const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).not.toBe(0);
    expect(child.stderr).toMatch(/heap out of memory|Allocation failed/i);
  }, 60_000);
});
