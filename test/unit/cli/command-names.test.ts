import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/cli/commands.js';
import { main } from '../../../src/cli/main.js';
import { captureIo } from '../../helpers/cli-io.js';
import { listActions } from '../../helpers/repo.js';

const jsActions = listActions()
  .filter((a) => a.yaml.runs.using.startsWith('node'))
  .map((a) => a.name);
const SHORT_NAMES = {
  'build-and-push': 'build',
  'health-check': 'health',
  'smoke-test': 'smoke',
  'perf-gate': 'perf',
  'quality-score': 'score',
};

describe('CLI command names', () => {
  it('has one command named after every JS action', () => {
    const names = commands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(jsActions));
  });

  it.each(Object.entries(SHORT_NAMES))('keeps the short name of %s as an alias: %s', (name, alias) => {
    const command = commands.find((c) => c.name === name);
    expect(command?.aliases).toEqual([alias]);
  });

  it('never gives two commands the same name or alias', () => {
    const all = commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('runs the same command under its name and its alias, and lists the alias in --help', async () => {
    const byName = captureIo();
    const byAlias = captureIo();
    expect(await main(['health-check', '--help'], commands, byName.io)).toBe(0);
    expect(await main(['health', '--help'], commands, byAlias.io)).toBe(0);
    expect(byName.out()).toContain('actions/health-check/action.yml');
    expect(byAlias.out()).toBe(byName.out());
    const help = captureIo();
    await main(['--help'], commands, help.io);
    expect(help.out()).toMatch(/health-check .*\(alias: health\)/);
  });
});
