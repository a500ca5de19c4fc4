import { DIMENSIONS, type DimensionData, type DimensionId, type SourceFile } from '../reports/types.js';
import type { ScoreConfig } from './config.js';
import { round1, scoreDimension } from './formulas.js';

export const DIMENSION_LABELS: Record<DimensionId, string> = {
  tests: 'Tests',
  coverage: 'Coverage',
  lint: 'Code quality',
  security: 'Security',
  performance: 'Performance',
  health: 'Health',
  analysis: 'Metric analysis',
};

/** What the adapter found for one dimension before scoring. */
export type DimensionInput =
  | { status: 'read'; data: DimensionData[DimensionId]; sources: SourceFile[] }
  | { status: 'missing'; reason: string }
  | { status: 'not-configured' };

export type Verdict = 'pass' | 'marginal' | 'fail';

export interface FailedRule {
  kind: 'veto' | 'minimum' | 'overall' | 'missing' | 'baseline' | 'empty';
  dimension?: DimensionId;
  /** The exact rule, e.g. `security 80 < minimum 85 (dimensions.security.minimum)`. */
  message: string;
}

export interface DimensionResult {
  id: DimensionId;
  label: string;
  status: 'scored' | 'missing' | 'not-configured';
  score?: number;
  weight: number;
  /** Share of the total in percent after renormalising over the scored dimensions. */
  effectiveWeight: number;
  minimum: number | null;
  verdict: 'pass' | 'fail' | 'skip';
  formula: string;
  sources: SourceFile[];
  reason?: string;
  data?: DimensionData[DimensionId];
  delta?: number;
}

export interface ScoreResult {
  score: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'F';
  verdict: Verdict;
  passed: boolean;
  dimensions: DimensionResult[];
  failedRules: FailedRule[];
  notes: string[];
  thresholds: { minScore: number; marginalScore: number; maxDrop: number | null };
  baseline?: { path: string; score: number; drop: number };
}

function dimensionResult(
  id: DimensionId,
  input: DimensionInput,
  config: ScoreConfig,
  rules: FailedRule[],
): DimensionResult {
  const settings = config.dimensions[id];
  const base = {
    id,
    label: DIMENSION_LABELS[id],
    weight: settings.weight,
    effectiveWeight: 0,
    minimum: settings.minimum,
    sources: [] as SourceFile[],
  };
  if (input.status === 'not-configured')
    return { ...base, status: 'not-configured', verdict: 'skip', formula: 'no input given' };
  if (input.status === 'missing') return missing(base, input.reason, config, rules);
  const scored = scoreDimension(id, input.data, config);
  if (scored.score === undefined)
    return { ...missing(base, scored.noData!, config, rules), sources: input.sources, data: input.data };
  let verdict: 'pass' | 'fail' = 'pass';
  for (const veto of scored.vetoes) rules.push({ kind: 'veto', dimension: id, message: `veto: ${veto}` });
  if (settings.minimum !== null && scored.score < settings.minimum) {
    rules.push({
      kind: 'minimum',
      dimension: id,
      message: `${id} ${scored.score} < minimum ${settings.minimum} (dimensions.${id}.minimum)`,
    });
  }
  if (scored.vetoes.length || (settings.minimum !== null && scored.score < settings.minimum)) verdict = 'fail';
  return {
    ...base,
    status: 'scored',
    score: scored.score,
    verdict,
    formula: scored.formula,
    sources: input.sources,
    data: input.data,
  };
}

function missing(
  base: Omit<DimensionResult, 'status' | 'verdict' | 'formula'>,
  reason: string,
  config: ScoreConfig,
  rules: FailedRule[],
): DimensionResult {
  const fails = config.missing === 'fail';
  if (fails)
    rules.push({
      kind: 'missing',
      dimension: base.id,
      message: `${base.id} report missing (${reason}) and missing is 'fail'`,
    });
  return { ...base, status: 'missing', verdict: fails ? 'fail' : 'skip', formula: 'excluded', reason };
}

export function gradeOf(score: number, grades: ScoreConfig['grades']): ScoreResult['grade'] {
  if (score >= grades.A) return 'A';
  if (score >= grades.B) return 'B';
  if (score >= grades.C) return 'C';
  return score >= grades.D ? 'D' : 'F';
}

/**
 * The whole model: score each dimension, renormalise the weights over the dimensions that have a
 * score, take the weighted mean, then apply vetoes, minimums and the overall thresholds. Every
 * rule that fails is listed in words; the verdict is Kayenta-like pass / marginal / fail.
 */
export function computeScore(inputs: Partial<Record<DimensionId, DimensionInput>>, config: ScoreConfig): ScoreResult {
  const rules: FailedRule[] = [];
  const dimensions = DIMENSIONS.map((id) =>
    dimensionResult(id, inputs[id] ?? { status: 'not-configured' }, config, rules),
  );
  const scored = dimensions.filter((d) => d.status === 'scored' && d.weight > 0);
  const totalWeight = scored.reduce((acc, d) => acc + d.weight, 0);
  for (const d of scored) d.effectiveWeight = round1((100 * d.weight) / totalWeight);
  const score = totalWeight ? round1(scored.reduce((acc, d) => acc + d.weight * d.score!, 0) / totalWeight) : 0;
  const notes = renormalisationNotes(dimensions, totalWeight);
  if (scored.length === 0)
    rules.push({ kind: 'empty', message: 'no dimension could be scored: give at least one report input' });
  const thresholds = {
    minScore: config['min-score'],
    marginalScore: config['marginal-score'],
    maxDrop: config['max-drop'],
  };
  if (score < thresholds.minScore)
    rules.push({ kind: 'overall', message: `overall ${score} < min-score ${thresholds.minScore}` });
  const result: ScoreResult = {
    score,
    grade: gradeOf(score, config.grades),
    verdict: 'pass',
    passed: true,
    dimensions,
    failedRules: rules,
    notes,
    thresholds,
  };
  return classify(result, config);
}

function renormalisationNotes(dimensions: DimensionResult[], totalWeight: number): string[] {
  const excluded = dimensions.filter((d) => d.status === 'missing' && d.weight > 0);
  if (!excluded.length) return [];
  const names = excluded.map((d) => `${d.id} (${d.reason})`).join(', ');
  return [`excluded ${names}; the remaining weights (sum ${totalWeight}) were renormalised to 100%`];
}

/** Sets verdict and passed from the failed rules; call again after adding a baseline rule. */
export function classify(result: ScoreResult, config: ScoreConfig): ScoreResult {
  const hard = result.failedRules.filter((r) => r.kind !== 'overall');
  if (hard.length) result.verdict = 'fail';
  else if (result.score >= result.thresholds.minScore) result.verdict = 'pass';
  else result.verdict = result.score >= result.thresholds.marginalScore ? 'marginal' : 'fail';
  result.passed = result.verdict === 'pass' || (result.verdict === 'marginal' && !config['fail-on-marginal']);
  return result;
}
