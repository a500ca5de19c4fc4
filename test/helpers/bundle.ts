import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './repo.js';

export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** With options.interrupt: milliseconds from the signal to the process's exit. */
  exitMsAfterSignal?: number;
}

/** Parses a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIM ... DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = lines[i].match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]);
      outputs[heredoc[1]] = body.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/**
 * Runs `node dist/<action>/index.js` the way the runner does: INPUT_<NAME> variables (upper-cased,
 * spaces to underscores, hyphens kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files in a temp dir.
 */
export async function runBundle(
  action: string,
  inputs: Record<string, string>,
  options: {
    env?: Record<string, string>;
    timeoutMs?: number;
    cwd?: string;
    /** Sends `signal` once stdout satisfies `when`, as the runner does when a run is cancelled. */
    interrupt?: { when: (stdout: string) => boolean; signal: NodeJS.Signals };
  } = {},
): Promise<BundleRun> {
  const dir = mkdtempSync(join(tmpdir(), `dk-${action}-`));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: options.cwd ?? repoRoot,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [join(repoRoot, 'dist', action, 'index.js')], {
    env,
    cwd: options.cwd ?? repoRoot,
  });
  let stdout = '';
  let stderr = '';
  let signalledAt: number | undefined;
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    if (options.interrupt && signalledAt === undefined && options.interrupt.when(stdout)) {
      signalledAt = Date.now();
      child.kill(options.interrupt.signal);
    }
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return {
    exitMsAfterSignal: signalledAt === undefined ? undefined : Date.now() - signalledAt,
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}
