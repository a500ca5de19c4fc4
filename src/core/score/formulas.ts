import { SEVERITIES, type DimensionData, type DimensionId } from '../reports/types.js';
import type { ScoreConfig } from './config.js';

/**
 * One dimension's 0-100 score with the arithmetic written out (`formula`), so the summary shows
 * exactly how the number came about. `undefined` score means the report held no usable data.
 */
export interface DimensionScore {
  score?: number;
  formula: string;
  /** Rules of this dimension that force a fail whatever the total (critical vulnerability, failed tests). */
  vetoes: string[];
  /** Why there is no score, when `score` is undefined. */
  noData?: string;
}

export const round1 = (value: number): number => Math.round(value * 10) / 10;
const clamp = (value: number) => Math.min(100, Math.max(0, value));
const fmt = (value: number) => String(round1(value));

type Dims = ScoreConfig['dimensions'];

function tests(d: DimensionData['tests'], c: Dims['tests']): DimensionScore {
  const executed = d.tests - d.skipped;
  const broken = d.failed + d.errors;
  const vetoes: string[] = [];
  if (c['require-all-passing'] && broken > 0)
    vetoes.push(`${broken} test${broken > 1 ? 's' : ''} failed and tests.require-all-passing is true`);
  if (executed < c['min-tests'])
    vetoes.push(`${executed} test${executed === 1 ? '' : 's'} executed, fewer than tests.min-tests ${c['min-tests']}`);
  if (executed === 0)
    return { score: 0, formula: `no test executed (${d.tests} total, ${d.skipped} skipped) = 0`, vetoes };
  const score = clamp((100 * d.passed) / executed - c['failure-penalty'] * broken);
  return {
    score: round1(score),
    formula: `100 × ${d.passed}/${executed} − ${c['failure-penalty']} × ${broken} = ${fmt(score)}`,
    vetoes,
  };
}

function coverage(d: DimensionData['coverage'], c: Dims['coverage']): DimensionScore {
  if (d.linesFound === 0)
    return { formula: 'no instrumented lines', vetoes: [], noData: 'the coverage report has zero instrumented lines' };
  const score = clamp((100 * d.linesHit) / d.linesFound / (c.target / 100));
  return {
    score: round1(score),
    formula: `min(100, 100 × (${d.linesHit}/${d.linesFound}) / ${c.target / 100}) = ${fmt(score)}`,
    vetoes: [],
  };
}

function lint(d: DimensionData['lint'], c: Dims['lint']): DimensionScore {
  const lines = c.lines ?? d.lines ?? 0;
  const kloc = Math.max(1, lines / 1000);
  const points = c['error-weight'] * d.errors + c['warning-weight'] * d.warnings;
  const score = clamp(100 - points / kloc);
  const per =
    lines > 1000 ? `(${lines}/1000 kLOC)` : lines > 0 ? `1 kLOC (${lines} lines, floor 1)` : '1 kLOC (lines unknown)';
  const formula = `100 − (${c['error-weight']} × ${d.errors} + ${c['warning-weight']} × ${d.warnings}) / ${per} = ${fmt(score)}`;
  return { score: round1(score), formula, vetoes: [] };
}

function security(d: DimensionData['security'], c: Dims['security']): DimensionScore {
  const terms = SEVERITIES.filter((s) => d[s] > 0).map((s) => `${c.deductions[s]} × ${d[s]} ${s}`);
  const deducted = SEVERITIES.reduce((acc, s) => acc + c.deductions[s] * d[s], 0);
  const score = clamp(100 - deducted);
  const vetoes =
    c['veto-critical'] && d.critical > 0
      ? [`${d.critical} critical vulnerabilit${d.critical > 1 ? 'ies' : 'y'} and security.veto-critical is true`]
      : [];
  return { score: round1(score), formula: `100 − (${terms.join(' + ') || '0'}) = ${fmt(score)}`, vetoes };
}

/** Headroom to a threshold as a fraction of the limit: positive inside it, negative beyond it. */
export function headroom(t: DimensionData['performance']['thresholds'][number]): number {
  if (t.limit === 0) return t.bound === 'upper' ? (t.measured <= 0 ? 0 : -1) : t.measured >= 0 ? 0 : -1;
  const h = t.bound === 'upper' ? (t.limit - t.measured) / t.limit : (t.measured - t.limit) / t.limit;
  return t.limit < 0 ? -h : h;
}

function performance(d: DimensionData['performance'], c: Dims['performance']): DimensionScore {
  const failed = d.runs.filter((r) => !r.passed).length;
  // Each threshold's score is rounded first, so the mean can be redone from the numbers shown.
  const each = d.thresholds.map((t) => round1(clamp(80 + 40 * headroom(t))));
  let score = each.length ? each.reduce((a, b) => a + b, 0) / each.length : 100;
  let formula = each.length ? `mean(${each.map(fmt).join(', ')})` : 'no thresholds with measured/limit: 100';
  if (failed > 0 && score > c['fail-cap']) {
    formula = `min(${formula}, fail-cap ${c['fail-cap']})`;
    score = c['fail-cap'];
  }
  return { score: round1(score), formula: `${formula} = ${fmt(score)}`, vetoes: [] };
}

function health(d: DimensionData['health'], c: Dims['health']): DimensionScore {
  if (d.checks === 0) return { formula: 'no checks', vetoes: [], noData: 'the health reports hold zero checks' };
  const score = (100 * d.passed) / d.checks;
  const failing = d.checks - d.passed;
  const vetoes =
    c['require-all-passing'] && failing > 0
      ? [`${failing} of ${d.checks} health/smoke checks did not pass and health.require-all-passing is true`]
      : [];
  return { score: round1(score), formula: `100 × ${d.passed}/${d.checks} = ${fmt(score)}`, vetoes };
}

/** Mean of the analyze reports' 0-100 scores; a failed analysis vetoes the release unless analysis.veto-fail is false. */
function analysisScore(d: DimensionData['analysis'], c: Dims['analysis']): DimensionScore {
  if (d.runs.length === 0) return { formula: 'no analyses', vetoes: [], noData: 'the analysis reports hold no runs' };
  const score = d.runs.reduce((sum, r) => sum + r.score, 0) / d.runs.length;
  const failed = d.runs.filter((r) => r.verdict === 'fail');
  const vetoes =
    c['veto-fail'] && failed.length
      ? [
          `metric analysis failed (${failed.flatMap((r) => r.failing).join(', ') || 'a metric'}) and analysis.veto-fail is true`,
        ]
      : [];
  return {
    score: round1(score),
    formula: `mean(${d.runs.map((r) => fmt(r.score)).join(', ')}) = ${fmt(score)}`,
    vetoes,
  };
}

/** The formula of one dimension, by its id. */
export function scoreDimension<D extends DimensionId>(
  id: D,
  data: DimensionData[D],
  config: ScoreConfig,
): DimensionScore {
  const dims = config.dimensions;
  switch (id) {
    case 'tests':
      return tests(data as DimensionData['tests'], dims.tests);
    case 'coverage':
      return coverage(data as DimensionData['coverage'], dims.coverage);
    case 'lint':
      return lint(data as DimensionData['lint'], dims.lint);
    case 'security':
      return security(data as DimensionData['security'], dims.security);
    case 'performance':
      return performance(data as DimensionData['performance'], dims.performance);
    case 'analysis':
      return analysisScore(data as DimensionData['analysis'], dims.analysis);
    default:
      return health(data as DimensionData['health'], dims.health);
  }
}
