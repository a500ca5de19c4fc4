import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ActionDefinition, InputShape } from '../../../src/actions/harness.js';
import { actionCommand } from '../../../src/cli/action-command.js';
import { EXAMPLES } from '../../../src/cli/action-help.js';
import { parseArgs } from '../../../src/cli/args.js';
import { closingLines } from '../../../src/cli/closing-lines.js';
import { repoRoot } from '../../helpers/repo.js';

const ACTIONS: Record<string, () => Promise<{ definition: ActionDefinition<InputShape, unknown> }>> = {
  build: () => import('../../../src/actions/build-and-push/main.js'),
  health: () => import('../../../src/actions/health-check/main.js'),
  smoke: () => import('../../../src/actions/smoke-test/main.js'),
  perf: () => import('../../../src/actions/perf-gate/main.js'),
  score: () => import('../../../src/actions/quality-score/main.js'),
  deploy: () => import('../../../src/actions/deploy/main.js'),
  rollback: () => import('../../../src/actions/rollback/main.js'),
  notify: () => import('../../../src/actions/notify/main.js'),
};

/** Splits a shell command line the way the examples are written (single or double quotes, no escapes). */
const words = (line: string) => [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);

describe.each(Object.keys(ACTIONS))('deploy-kit %s --help', (name) => {
  it('lists every flag with its action.yml description, and one example that uses real flags', async () => {
    const { definition } = await ACTIONS[name]();
    const usage = actionCommand(name, '', definition).usage();
    const yml = parse(readFileSync(join(repoRoot, 'actions', definition.name, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string }>;
    };
    const flat = usage.replace(/\s+/g, ' ');
    for (const [input, { description }] of Object.entries(yml.inputs)) {
      expect(usage).toContain(`  --${input}`);
      expect(flat).toContain(description.replace(/\s+/g, ' ').trim());
    }
    const [cli, command, ...args] = words(EXAMPLES[name]);
    expect([cli, command]).toEqual(['deploy-kit', name]);
    expect(usage).toContain(`example:\n  ${EXAMPLES[name]}`);
    const { flags, positionals } = parseArgs(args, new Set(['json', 'verbose']));
    expect(positionals).toEqual([]);
    const valid = [...Object.keys(definition.inputs), 'summary-file', 'json', 'verbose'];
    expect(Object.keys(flags).filter((f) => !valid.includes(f))).toEqual([]);
  });
});

describe('closing lines', () => {
  const resources = JSON.stringify(Array.from({ length: 200 }, (_, i) => `deployment/web-${i}`));
  const revisions = JSON.stringify(
    Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`deployment/web-${i}`, i])),
  );

  it('say what a big output is (count and size) instead of printing kilobytes of JSON', () => {
    const text = closingLines({ status: 'succeeded', resources, revisions, record: '/tmp/r.json' }, 'deploy.md');
    expect(text).toBe(
      [
        'status=succeeded',
        `resources=<JSON list of 200, ${(resources.length / 1024).toFixed(1)} kB>`,
        `revisions=<JSON map of 200 keys, ${(revisions.length / 1024).toFixed(1)} kB>`,
        'record=/tmp/r.json',
        '(resources, revisions shortened here; --json prints every output in full)',
        'summary: deploy.md',
        '',
      ].join('\n'),
    );
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThan(120);
  });

  it('keep short outputs exactly as the action sets them', () => {
    expect(closingLines({ healthy: 'true', attempts: '3' })).toBe('healthy=true\nattempts=3\n');
    expect(closingLines({ list: 'a\nb\nc' })).toContain('list=<3 lines, 5 B>');
  });
});
