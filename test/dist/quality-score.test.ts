import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';

const fx = (path: string) => `test/fixtures/quality/${path}`;

describe('dist/quality-score/index.js run as the runner runs it', () => {
  it('scores real reports, writes outputs, summary and report, and passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-score-dist-'));
    const run = await runBundle('quality-score', {
      tests: fx('real/node-junit.xml'),
      coverage: fx('real/node-lcov.info'),
      security: `${fx('hand/npm-audit-clean.json')}\nsarif:${fx('hand/codeql.sarif')}`,
      report: join(dir, 'score.json'),
      badge: dir,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // tests 100; coverage 22/29 = 75.86% of 80% -> 94.8; security 100 − (10 + 3) = 87 (CodeQL: one high, one medium)
    // (25×100 + 15×94.8 + 20×87) / 60 = 94.37
    expect(run.outputs).toMatchObject({ score: '94.4', grade: 'A', verdict: 'pass', passed: 'true', report: join(dir, 'score.json') });
    expect(run.summary).toContain('xychart-beta');
    expect(run.summary).toContain('test/fixtures/quality/real/node-lcov.info (lcov)');
    expect(JSON.parse(readFileSync(join(dir, 'quality-badge.json'), 'utf8')).message).toBe('94.4 (A)');
    expect(JSON.parse(readFileSync(join(dir, 'score.json'), 'utf8')).dimensions).toHaveLength(7);
  });

  it('fails the step with the rule that failed the gate', async () => {
    const run = await runBundle('quality-score', { security: fx('hand/trivy.sarif'), comment: 'false' });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toContain('::error::deploy-kit/quality-score: quality gate fail');
    expect(run.stdout).toContain('veto: 1 critical vulnerability and security.veto-critical is true');
  });
});
