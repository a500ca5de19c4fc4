import { readTextFile } from '../../shared/files.js';
import { ReportError, type DimensionId } from '../reports/types.js';
import type { ScoreConfig } from './config.js';
import { round1 } from './formulas.js';
import { classify, type ScoreResult } from './model.js';

/** Identifies the report this action writes; a baseline must be one of them. */
export const REPORT_SCHEMA = 'deploy-kit/quality-score@1';

export interface Baseline {
  path: string;
  score: number;
  dimensions: Partial<Record<DimensionId, number>>;
}

/** Reads a previous quality-score report (the `report` output of an earlier run). */
export async function readBaseline(path: string): Promise<Baseline> {
  const text = await readTextFile(path, (reason) => new ReportError(path, `baseline report ${reason}`));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReportError(path, `baseline is not readable JSON: ${(error as Error).message}`);
  }
  const record = data as { schema?: unknown; score?: unknown; dimensions?: unknown };
  if (typeof record?.score !== 'number' || !Array.isArray(record.dimensions)) {
    throw new ReportError(
      path,
      `baseline must be a quality-score report (${REPORT_SCHEMA}) with a numeric score and a dimensions array`,
    );
  }
  const dimensions: Baseline['dimensions'] = {};
  for (const d of record.dimensions as { id?: unknown; score?: unknown }[]) {
    if (typeof d?.id === 'string' && typeof d.score === 'number') dimensions[d.id as DimensionId] = d.score;
  }
  return { path, score: record.score, dimensions };
}

/**
 * Compares with a baseline: per-dimension deltas for the summary, and a failed rule when the total
 * dropped by more than `max-drop` points (a drop equal to max-drop still passes).
 */
export function applyBaseline(result: ScoreResult, baseline: Baseline, config: ScoreConfig): ScoreResult {
  for (const d of result.dimensions) {
    const before = baseline.dimensions[d.id];
    if (d.score !== undefined && before !== undefined) d.delta = round1(d.score - before);
  }
  const drop = round1(baseline.score - result.score);
  result.baseline = { path: baseline.path, score: baseline.score, drop };
  const maxDrop = config['max-drop'];
  if (maxDrop !== null && drop > maxDrop) {
    result.failedRules.push({
      kind: 'baseline',
      message: `score dropped ${drop} points (baseline ${baseline.score} -> ${result.score}), more than max-drop ${maxDrop}`,
    });
  }
  return classify(result, config);
}

/** The JSON report: the whole result, so the score can be recomputed and used as a baseline. */
export function toReport(result: ScoreResult, generatedAt: Date): Record<string, unknown> {
  return { schema: REPORT_SCHEMA, generatedAt: generatedAt.toISOString(), ...result };
}
