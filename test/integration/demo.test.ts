import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../src/cli/demo-command.js';
import { main } from '../../src/cli/main.js';

const out = mkdtempSync(join(tmpdir(), 'dk-demo-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('deploy-kit demo (shortened load tests)', () => {
  it('deploys v1, rolls back v2 (crash) and v3 (slower than the baseline), and ends with v1 serving and healthy', async () => {
    const stdout = new PassThrough();
    let text = '';
    stdout.on('data', (c) => (text += c));
    const code = await main(['demo', '--out-dir', out, '--perf-duration', '3s'], [demoCommand], {
      stdout,
      stderr: stdout,
      env: process.env,
    });
    expect(text).toMatch(/v1: ✅ succeeded/);
    expect(text).toMatch(/v2: ↩️ rolled back \(v1 restored\): deploy failed: .*CrashLoopBackOff/);
    expect(text).toMatch(/v3: ↩️ rolled back \(v1 restored\): perf-gate failed: .*p\(95\) regressed/);
    expect(text).toContain('rollbacks: 2');
    expect(text).toContain('now serving: v1 (healthy)');
    expect(code).toBe(0);

    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toContain('**Rollbacks: 2**');
    expect(summary).toMatch(/\*\*Now serving:\*\* v1 at http:\/\/127\.0\.0\.1:\d+, health check passed/);
    expect(summary).toMatch(/\| v3 \| .* \| rolled-back \| [\d.]+ \| \d+ \| v1 \| perf-gate failed/);
    const score = (v: string) =>
      Number(
        summary.match(new RegExp(`\\| ${v} \\| .* \\| (?:succeeded|rolled-back) \\| [\\d.]+ \\| (\\d+) \\|`))?.[1],
      );
    expect(score('v1')).toBeGreaterThanOrEqual(80);
    expect(score('v3')).toBeLessThan(score('v1'));
    // The chain's own step summaries are in it: the score dropped for v3 against v1's baseline.
    expect(summary).toMatch(/Release v3: v3 to demo/);
    expect(summary).toMatch(/\| quality-score \| ❌ failed \|/);
    const html = readFileSync(join(out, 'summary.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<strong>Rollbacks: 2</strong>');
    expect(existsSync(join(out, 'reports', 'perf-v1.json'))).toBe(true);
  }, 240_000);
});
