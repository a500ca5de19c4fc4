import { captureIo } from '../../helpers/cli-io.js';
import { describe, expect, it } from 'vitest';
import { parseArgs, parseCommandFlags } from '../../../src/cli/args.js';
import { actionCommand } from '../../../src/cli/action-command.js';
import { main } from '../../../src/cli/main.js';
import { createCliRuntime } from '../../../src/runtime/cli-runtime.js';
import { runAction, type ActionDefinition } from '../../../src/actions/harness.js';
import { createMemoryRuntime } from '../../../src/runtime/memory-runtime.js';
import { DeployKitError } from '../../../src/shared/errors.js';
import { number, text } from '../../../src/shared/inputs.js';

const echo: ActionDefinition<
  { value: ReturnType<typeof number<{ required: true }>>; secret: ReturnType<typeof text<{ secret: true }>> },
  { value: number }
> = {
  name: 'echo',
  inputs: { value: number({ required: true }), secret: text({ secret: true }) },
  execute: async (inputs, runtime) => {
    runtime.info(`value is ${inputs.value}, secret is ${inputs.secret}`);
    if (inputs.value < 0)
      throw Object.assign(new DeployKitError('negative'), { partialResult: { value: inputs.value } });
    return { value: inputs.value };
  },
  outputs: (result) => ({ value: result.value }),
  summary: (result) => `value ${result.value}\n`,
  failure: (result) => (result.value > 10 ? `value ${result.value} is over 10` : undefined),
};

describe('parseArgs', () => {
  it('reads --a b, --a=b, bare flags and joins repeats with newlines', () => {
    expect(parseArgs(['--url', 'x', '--url=y', '--verbose', 'pos', '--n', '1'], new Set(['verbose']))).toEqual({
      flags: { url: 'x\ny', verbose: 'true', n: '1' },
      positionals: ['pos'],
    });
  });
});

describe('parseCommandFlags', () => {
  const spec = { valid: ['dir', 'check'], booleans: ['check'], usage: 'usage: x' };

  it('returns the flags of a valid command line', () => {
    expect(parseCommandFlags('x', ['--check', '--dir', 'a'], spec, captureIo().io)).toEqual({
      check: 'true',
      dir: 'a',
    });
  });

  it.each([
    [['--help'], 0, 'out', 'usage: x'],
    [['--nope', '1'], 2, 'err', 'deploy-kit x: unknown option --nope; valid: --dir --check'],
    [['stray'], 2, 'err', "deploy-kit x: unexpected argument 'stray'; valid: --dir --check"],
  ])('%j exits %d', (argv, code, stream, text) => {
    const captured = captureIo();
    expect(parseCommandFlags('x', argv, spec, captured.io)).toBe(code);
    expect(stream === 'out' ? captured.out() : captured.err()).toBe(`${text}\n`);
  });
});

describe('runAction', () => {
  it('passes: outputs and summary written', async () => {
    const runtime = createMemoryRuntime({ value: '3' });
    expect(await runAction(echo, runtime)).toBe('passed');
    expect(runtime.outputs).toEqual({ value: '3' });
    expect(runtime.summaries).toBe('value 3\n');
    expect(runtime.failures).toEqual([]);
  });

  it('fails with deploy-kit/<name>: reason, after publishing the result', async () => {
    const runtime = createMemoryRuntime({ value: '11' });
    expect(await runAction(echo, runtime)).toBe('failed');
    expect(runtime.outputs.value).toBe('11');
    expect(runtime.failures).toEqual(['deploy-kit/echo: value 11 is over 10']);
  });

  it('reports a config error and runs nothing', async () => {
    const runtime = createMemoryRuntime({ value: 'x' });
    expect(await runAction(echo, runtime)).toBe('config-error');
    expect(runtime.logs).toEqual([]);
    expect(runtime.failures[0]).toMatch(/^deploy-kit\/echo: input 'value': must be a number/);
  });

  it('still publishes a partial result when the core throws, and catches non-Errors', async () => {
    const runtime = createMemoryRuntime({ value: '-1' });
    expect(await runAction(echo, runtime)).toBe('error');
    expect(runtime.outputs.value).toBe('-1');
    expect(runtime.failures).toEqual(['deploy-kit/echo: negative']);
    const throwsString = {
      ...echo,
      execute: async () => {
        throw 'plain string';
      },
    };
    const other = createMemoryRuntime({ value: '1' });
    expect(await runAction(throwsString, other)).toBe('error');
    expect(other.failures).toEqual(['deploy-kit/echo: plain string']);
  });
});

describe('CLI', () => {
  const command = actionCommand('echo', 'echo a value', echo);

  it.each([
    [['--value', '3'], 0, 'value=3'],
    [['--value', '11'], 1, 'value=11'],
    [['--value', 'x'], 2, ''],
    [['--nope', '1'], 2, ''],
  ])('%j exits %d', async (argv, code, stdout) => {
    const captured = captureIo();
    expect(await command.run(argv, captured.io)).toBe(code);
    expect(captured.out().trim()).toBe(stdout);
  });

  it('masks secret inputs in its logs', async () => {
    const captured = captureIo();
    await command.run(['--value', '1', '--secret', 'hunter2-pass'], captured.io);
    expect(captured.err()).toContain('secret is ***');
    expect(captured.err()).not.toContain('hunter2-pass');
  });

  it('dispatches commands and names unknown ones', async () => {
    const captured = captureIo();
    expect(await main(['echo', '--value', '2'], [command], captured.io)).toBe(0);
    expect(await main(['nope'], [command], captured.io)).toBe(2);
    expect(captured.err()).toContain("unknown command 'nope'");
  });

  it('CLI runtime collects failures', () => {
    const { io } = captureIo();
    const runtime = createCliRuntime({ inputs: {}, stderr: io.stderr, stdout: io.stdout });
    runtime.fail('boom');
    expect(runtime.failures).toEqual(['boom']);
  });
});
