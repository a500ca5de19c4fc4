import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';

const cli = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli', 'index.js'), ...args], { encoding: 'utf8' });

describe('dist/cli', () => {
  it('prints help listing its commands and exits 0', () => {
    const result = cli('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('usage: deploy-kit <command>');
  });

  it('exits 2 naming an unknown command', () => {
    const result = cli('no-such-command');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'no-such-command'");
  });
});
