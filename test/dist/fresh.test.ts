import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('dist/', () => {
  it('equals a fresh build of the sources (run `npm run build` and commit dist/)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'dk-dist-'));
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--outdir', fresh], { cwd: repoRoot });
    const committed = join(repoRoot, 'dist');
    const list = (dir: string) => filesUnder(dir).map((f) => relative(dir, f)).sort();
    expect(list(committed)).toEqual(list(fresh));
    for (const file of list(fresh)) {
      expect(readFileSync(join(committed, file), 'utf8') === readFileSync(join(fresh, file), 'utf8'), `dist/${file} is stale`).toBe(true);
    }
  }, 120_000);
});
