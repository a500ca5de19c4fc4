import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScoreConfig } from '../../../src/core/score/config.js';
import { ScoreConfigError, loadScoreConfig, parseScoreConfig } from '../../../src/core/score/config-file.js';
import { repoRoot } from '../../helpers/repo.js';

const bad = join(repoRoot, 'test', 'fixtures', 'quality', 'bad');

const problemsOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ScoreConfigError);
  return (error as ScoreConfigError).problems;
};

describe('score config', () => {
  it('has the documented defaults', () => {
    const config = defaultScoreConfig();
    expect(config['min-score']).toBe(80);
    expect(config.dimensions.security.minimum).toBe(85);
    expect(config.dimensions.lint.minimum).toBe(85);
    expect(config.dimensions.performance.minimum).toBe(80);
    expect(config.dimensions.tests['require-all-passing']).toBe(true);
    const weights = Object.values(config.dimensions).map((d) => d.weight);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('merges a partial file with the defaults', () => {
    const config = parseScoreConfig('min-score: 75\ndimensions:\n  security:\n    deductions: { high: 20 }\n', 'q.yml');
    expect(config['min-score']).toBe(75);
    expect(config.dimensions.security.deductions).toMatchObject({ high: 20, critical: 25, medium: 3 });
    expect(config.dimensions.tests.weight).toBe(25);
  });

  it('an empty file is the defaults', () => {
    expect(parseScoreConfig('', 'q.yml')).toEqual(defaultScoreConfig());
  });

  it('reports every schema problem with its line', async () => {
    const problems = await problemsOf(loadScoreConfig(join(bad, 'quality-bad.yml')));
    expect(problems).toEqual([
      { line: 2, message: 'min-score: Too big: expected number to be <=100' },
      { line: 6, message: "unknown key 'minimun' in dimensions.security" },
      { line: 8, message: 'dimensions.coverage.target: Invalid input: expected number, received string' },
    ]);
    const error = (await loadScoreConfig(join(bad, 'quality-bad.yml')).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('quality-bad.yml:6: unknown key');
  });

  it('reports broken YAML with its line', async () => {
    const problems = await problemsOf(loadScoreConfig(join(bad, 'quality-bad-yaml.yml')));
    expect(problems[0].message).toMatch(/^invalid YAML: /);
    expect(problems[0].line).toBeGreaterThanOrEqual(3);
  });

  it('refuses inconsistent thresholds and grade bands', async () => {
    const problems = await problemsOf(
      Promise.resolve().then(() =>
        parseScoreConfig('min-score: 70\nmarginal-score: 75\ngrades: { A: 50, B: 80 }\n', 'q.yml'),
      ),
    );
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'marginal-score: marginal-score must not be above min-score'],
      [3, 'grades: grade bands must satisfy A >= B >= C >= D'],
    ]);
  });

  it('says when the file does not exist', async () => {
    const problems = await problemsOf(loadScoreConfig(join(bad, 'nope.yml')));
    expect(problems).toEqual([{ message: 'config file does not exist' }]);
  });
});
