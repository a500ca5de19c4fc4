import { isRecord } from './files.js';
import { ReportError, type AnalysisData } from './types.js';

/**
 * An analyze report (src/core/analysis/report.ts, schema deploy-kit/analysis-report@N), read by the
 * fields the score needs only: `score` (0-100), `verdict`, and the names of metrics that failed.
 */
export function analysisFromReport(path: string, data: unknown): AnalysisData {
  if (!isRecord(data)) throw new ReportError(path, 'analysis report must be a JSON object');
  const score = data.score;
  if (typeof score !== 'number' || !(score >= 0 && score <= 100))
    throw new ReportError(path, 'analysis report needs `score`, a number from 0 to 100');
  if (typeof data.verdict !== 'string') throw new ReportError(path, 'analysis report needs `verdict` (pass, fail or inconclusive)');
  const metrics = Array.isArray(data.metrics) ? data.metrics.filter(isRecord) : [];
  const failing = metrics.filter((m) => m.outcome === 'fail').map((m) => String(m.name));
  return { runs: [{ score, verdict: data.verdict, failing }] };
}
