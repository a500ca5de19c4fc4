import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseLsRemote, type LsRemote } from '../core/pin/resolve.js';

const run = promisify(execFile);

/** `git ls-remote --tags --heads URL` through the real git: no API token and no rate limit. */
export const gitLsRemote: LsRemote = async (url) => {
  const { stdout } = await run('git', ['ls-remote', '--tags', '--heads', url], {
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  return parseLsRemote(stdout);
};
