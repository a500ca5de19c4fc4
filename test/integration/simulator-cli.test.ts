import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repo.js';

const cli = join(repoRoot, 'dist', 'cli', 'index.js');
const dir = mkdtempSync(join(tmpdir(), 'dk-sim-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) =>
  promisify(execFile)(process.execPath, [cli, ...args]).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('deploy-kit cluster up (bundled CLI, run `npm run build` first)', () => {
  it('starts in the foreground, prints the kubeconfig path, serves kubectl and stops cleanly on SIGTERM', async () => {
    const kubeconfig = join(dir, 'kubeconfig');
    const child = spawn(process.execPath, [
      cli,
      'cluster',
      'up',
      '--kubeconfig',
      kubeconfig,
      '--pod-ready-delay',
      '50',
    ]);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes('\n')) resolve();
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    try {
      expect(stdout.trim()).toBe(kubeconfig);
      const config = readFileSync(kubeconfig, 'utf8');
      expect(config).toContain('server: https://127.0.0.1:');
      expect(stderr).not.toContain(/token: (\S+)/.exec(config)![1]);
      const kubectl = (...a: string[]) => promisify(execFile)('/usr/bin/kubectl', ['--kubeconfig', kubeconfig, ...a]);
      expect((await kubectl('get', 'namespaces', '-o', 'name')).stdout).toContain('namespace/default');
      const apply = spawn('/usr/bin/kubectl', [
        '--kubeconfig',
        kubeconfig,
        'create',
        'deployment',
        'web',
        '--image=deploy-kit/demo-app:1',
      ]);
      await new Promise((r) => apply.on('exit', r));
      expect((await kubectl('rollout', 'status', 'deployment/web', '--timeout=30s')).stdout).toContain(
        'successfully rolled out',
      );
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM, stopping');
  });

  it('rejects bad flags with exit 2 and a message naming the flag', async () => {
    const bad = await run(['cluster', 'up', '--port', 'seventy']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--port must be an integer 0-65535 (0 = any free port), got 'seventy'");
    const unknown = await run(['cluster', 'up', '--nodes', '3']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --nodes');
    const sub = await run(['cluster', 'down']);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toContain("unknown subcommand 'down'");
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
