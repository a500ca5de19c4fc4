import { formatMetric, formatPValue } from './format.js';
import { metricValue, type Measured } from './metrics.js';
import { median } from './statistics.js';
import type { TimelineEntry } from './recorder.js';
import { compareWithBaseline, type RegressionResult } from './regression.js';
import { measuredRuns, type PerfReport } from './report.js';
import type { GeneratorHealth } from './saturation.js';
import type { RegressionRule, Threshold } from './thresholds.js';
import { judgeThreshold, worst, type ThresholdResult, type Verdict } from './verdict.js';

export interface JudgeInput {
  runs: readonly Measured[];
  timeline: readonly TimelineEntry[];
  thresholds: readonly Threshold[];
  warnMargin: number;
  rules: readonly RegressionRule[];
  baseline?: PerfReport;
  generator?: GeneratorHealth;
  /** The load shape of the current measurement, to notice a baseline measured differently. */
  load?: Pick<PerfReport['config'], 'connections' | 'rate'> & { model: PerfReport['model'] };
}

export interface Judgement {
  thresholds: ThresholdResult[];
  regressions: RegressionResult[];
  verdict: Verdict;
  reasons: string[];
}

/**
 * Thresholds, then baseline rules, folded into one verdict with the reasons a reader needs.
 * When the generator was saturated the reasons say so first: a lost latency or rps threshold
 * then says more about this machine than about the service.
 */
export function judge(input: JudgeInput): Judgement {
  const baselineRuns = input.baseline ? measuredRuns(input.baseline) : undefined;
  const thresholds = input.thresholds.map((t) => {
    const result = judgeThreshold(t, input.runs, input.warnMargin);
    // The baseline's value of the same metric, so the summary shows a delta even without a rule.
    return baselineRuns
      ? { ...result, baseline: median(baselineRuns.map((run) => metricValue(run, t.metric))) }
      : result;
  });
  const regressions =
    input.baseline && baselineRuns
      ? input.rules.map((rule) =>
          compareWithBaseline(
            rule,
            { runs: baselineRuns, timeline: input.baseline!.timeline },
            { runs: input.runs, timeline: input.timeline },
          ),
        )
      : [];
  const verdict = worst([...thresholds, ...regressions].map((r) => r.verdict));
  const reasons: string[] = [];
  if (input.generator?.saturated) {
    reasons.push(
      `the load generator was saturated (${input.generator.reason}): latency and throughput figures are bounded by this machine, not necessarily the service; use more shards or a bigger runner`,
    );
  }
  const shape = (c: { model: string; connections: number; rate?: number }) =>
    `${c.model} model, ${c.rate ? `${c.rate} req/s` : `${c.connections} connections`}`;
  if (input.baseline && input.load) {
    const before = shape({ ...input.baseline.config, model: input.baseline.model });
    const now = shape(input.load);
    if (before !== now)
      reasons.push(
        `the baseline was measured with a different load (${before}; now ${now}): its comparison is not like for like`,
      );
  }
  const silent = input.runs.every((run) => run.counts.requests === 0);
  if (silent)
    reasons.push('no response was received at all: check the URL, the network path and the errors in the report');
  for (const t of thresholds.filter((r) => r.verdict !== 'pass')) {
    const how = t.verdict === 'fail' ? 'failed' : `passed within the warn margin`;
    reasons.push(`threshold '${t.expression}' ${how}: measured ${formatMetric(t.metric, t.measured)}`);
  }
  for (const r of regressions.filter((x) => x.verdict !== 'pass')) {
    const change = Number.isFinite(r.change) ? `${(r.change * 100).toFixed(1)}%` : 'from zero';
    const why =
      r.verdict === 'fail'
        ? `significant (${formatPValue(r.pValue)}, effect ${r.effectSize})`
        : `not significant (${formatPValue(r.pValue)}), may be noise`;
    reasons.push(`${r.metric} regressed ${change} vs baseline (allowed ${(r.allowed * 100).toFixed(1)}%): ${why}`);
  }
  return { thresholds, regressions, verdict, reasons };
}
