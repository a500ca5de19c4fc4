import { describe, expect, it } from 'vitest';
import { analyze, type MetricSpec } from '../../../src/core/analysis/index.js';
import { parseCondition, type Condition } from '../../../src/core/analysis/conditions.js';
import { analysisFromReport } from '../../../src/core/reports/analysis.js';
import { detectJsonFormat } from '../../../src/core/reports/detect.js';
import { defaultScoreConfig } from '../../../src/core/score/config.js';
import { scoreDimension } from '../../../src/core/score/formulas.js';

const metric = (name: string): MetricSpec => ({
  name,
  provider: 'prometheus',
  query: name,
  condition: parseCondition('value < 1') as Condition,
  direction: 'increase',
});

/** A real analysis report (made by the core with scripted answers) read as quality-score's Metric analysis dimension. */
async function reportWith(values: Record<string, number>) {
  const provider = {
    name: 'prometheus' as const,
    measure: (m: { name: string }) => Promise.resolve({ kind: 'value' as const, value: values[m.name] }),
  };
  const plan = { intervalMs: 0, count: 1, initialDelayMs: 0, failureLimit: 0, inconclusiveLimit: 0 };
  const deps = { providers: { prometheus: provider }, sleep: () => Promise.resolve(), now: Date.now };
  return JSON.parse(
    JSON.stringify(
      await analyze({ metrics: Object.keys(values).map(metric), plan, vars: {}, minScore: 100, kitVersion: 't' }, deps),
    ),
  ) as unknown;
}

describe('quality-score reads the analysis report as a dimension', () => {
  it('is detected by its schema, scores the mean of the runs and vetoes a failed analysis', async () => {
    const failed = await reportWith({ 'error-rate': 5, latency: 0 });
    expect(detectJsonFormat(failed, ['analysis'])).toBe('analysis');
    const data = analysisFromReport('a.json', failed);
    expect(data).toEqual({ runs: [{ score: 50, verdict: 'fail', failing: ['error-rate'] }] });
    const passed = analysisFromReport('b.json', await reportWith({ 'error-rate': 0 }));
    const config = defaultScoreConfig();
    const scored = scoreDimension('analysis', { runs: [...data.runs, ...passed.runs] }, config);
    expect(scored).toMatchObject({ score: 75, formula: 'mean(50, 100) = 75' });
    expect(scored.vetoes[0]).toMatch(/metric analysis failed \(error-rate\)/);
    config.dimensions.analysis['veto-fail'] = false;
    expect(scoreDimension('analysis', data, config).vetoes).toEqual([]);
  });

  it('rejects a report without a score', () => {
    expect(() => analysisFromReport('x.json', { schema: 'deploy-kit/analysis-report@1', verdict: 'pass' })).toThrow(
      /needs `score`/,
    );
  });
});
