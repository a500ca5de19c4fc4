import { PassThrough } from 'node:stream';
import type { CliIo } from '../../src/cli/command.js';

export interface CapturedIo {
  io: CliIo;
  out(): string;
  err(): string;
}

/** In-memory stdout/stderr for running CLI commands in-process and reading what they printed. */
export function captureIo(env: NodeJS.ProcessEnv = {}): CapturedIo {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  return { io: { stdout, stderr, env }, out: () => out, err: () => err };
}
