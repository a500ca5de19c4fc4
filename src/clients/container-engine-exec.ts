import { spawn } from 'node:child_process';

/** What one CLI invocation printed; stdout and stderr kept apart, plus both interleaved for error excerpts. */
export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
  combined: string;
}

export interface ProcessOptions {
  /** Written to stdin then closed: how passwords reach `login --password-stdin`, never argv. */
  stdin?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Every output line as it arrives (build logs streamed to the runtime). */
  onLine?: (line: string) => void;
}

/** Runs a CLI and resolves with its output; a missing binary resolves with code 127 instead of throwing. */
export type ProcessRunner = (command: string, args: string[], options?: ProcessOptions) => Promise<ProcessResult>;

/** The real runner: child_process.spawn without a shell, so no argument is ever interpreted. */
export const runProcess: ProcessRunner = (command, args, options = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let combined = '';
    let pending = '';
    const take = (chunk: Buffer, which: 'out' | 'err') => {
      const text = chunk.toString('utf8');
      if (which === 'out') stdout += text;
      else stderr += text;
      combined += text;
      if (!options.onLine) return;
      pending += text;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine(line);
    };
    child.stdout.on('data', (chunk: Buffer) => take(chunk, 'out'));
    child.stderr.on('data', (chunk: Buffer) => take(chunk, 'err'));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
    child.on('error', (error: NodeJS.ErrnoException) => {
      resolve({
        code: error.code === 'ENOENT' ? 127 : 126,
        stdout,
        stderr: stderr + error.message,
        combined: combined + error.message,
      });
    });
    child.on('close', (code) => {
      if (pending && options.onLine) options.onLine(pending);
      resolve({ code: code ?? 1, stdout, stderr, combined });
    });
  });
