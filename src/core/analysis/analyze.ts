import { ConfigError } from '../../shared/errors.js';
import { compareSamples } from './compare.js';
import { judge } from './conditions.js';
import {
  ANALYSIS_REPORT_SCHEMA,
  metricOutcome,
  overallVerdict,
  reasonsOf,
  type AnalysisReport,
  type MeasurementRecord,
  type MetricResult,
} from './report.js';
import { resolveMetric, templateProblems } from './template.js';
import type { MetricProvider, MetricSpec, Outcome, Providers, ResolvedMetric, TemplateVars } from './types.js';

/** How often and how long to measure, as an Argo Rollouts AnalysisRun. */
export interface MeasurementPlan {
  intervalMs: number;
  count: number;
  initialDelayMs: number;
  failureLimit: number;
  inconclusiveLimit: number;
}

/** Comparison mode: the same queries for the canary (`vars`) and the baseline (`baselineVars`) over a window. */
export interface ComparisonPlan {
  baselineVars: TemplateVars;
  lookbackMs: number;
  stepMs: number;
  /** Allowed relative worsening of the canary's median (0.1 = 10%). */
  maxDifference: number;
}

export interface AnalysisConfig {
  metrics: MetricSpec[];
  plan: MeasurementPlan;
  vars: TemplateVars;
  comparison?: ComparisonPlan;
  /** 0-100; the share of passing metrics needed to pass. */
  minScore: number;
  kitVersion: string;
}

export interface AnalysisDeps {
  providers: Providers;
  sleep(ms: number): Promise<void>;
  now(): number;
  onMeasurement?(metric: string, record: MeasurementRecord): void;
}

interface Tracked {
  spec: MetricSpec;
  release: ResolvedMetric;
  baseline?: ResolvedMetric;
  provider: MetricProvider;
  records: MeasurementRecord[];
}

function providerFor(spec: MetricSpec, providers: Providers, comparing: boolean): MetricProvider {
  const provider = providers[spec.provider];
  if (!provider)
    throw ConfigError.single(
      'provider',
      `metric '${spec.name}' needs the ${spec.provider} provider, which is not configured`,
    );
  if (comparing && !provider.series)
    throw ConfigError.single(
      'mode',
      `metric '${spec.name}': the ${spec.provider} provider has no history, so it cannot be compared (use prometheus)`,
    );
  return provider;
}

/** Everything checked before the first query: a bad template never reaches a server. */
function prepare(config: AnalysisConfig, deps: AnalysisDeps): Tracked[] {
  const sides = config.comparison ? [config.vars, config.comparison.baselineVars] : [config.vars];
  const problems = [...new Map(templateProblems(config.metrics, sides).map((p) => [p.input + p.message, p])).values()];
  if (problems.length) throw new ConfigError(problems);
  return config.metrics.map((spec) => ({
    spec,
    release: resolveMetric(spec, config.vars),
    baseline: config.comparison ? resolveMetric(spec, config.comparison.baselineVars) : undefined,
    provider: providerFor(spec, deps.providers, Boolean(config.comparison)),
    records: [],
  }));
}

async function measureOne(
  t: Tracked,
  index: number,
  config: AnalysisConfig,
  deps: AnalysisDeps,
): Promise<MeasurementRecord> {
  const at = new Date(deps.now()).toISOString();
  const cmp = config.comparison;
  if (!cmp) {
    const judgement = judge(t.spec.condition!, await t.provider.measure(t.release));
    return { index, at, outcome: judgement.outcome, value: judgement.value, reason: judgement.reason };
  }
  const endMs = deps.now();
  const range = { startMs: endMs - cmp.lookbackMs, endMs, stepMs: cmp.stepMs };
  const [canary, baseline] = await Promise.all([
    t.provider.series!(t.release, range),
    t.provider.series!(t.baseline!, range),
  ]);
  const judged = compareSamples(canary, baseline, {
    direction: t.spec.direction,
    maxDifference: cmp.maxDifference,
    condition: t.spec.condition,
  });
  return {
    index,
    at,
    outcome: judged.outcome,
    value: judged.detail?.canaryMedian,
    reason: judged.reason,
    comparison: judged.detail,
  };
}

const countOf = (records: readonly MeasurementRecord[]): Record<Outcome, number> => ({
  pass: records.filter((r) => r.outcome === 'pass').length,
  fail: records.filter((r) => r.outcome === 'fail').length,
  inconclusive: records.filter((r) => r.outcome === 'inconclusive').length,
});

function resultOf(t: Tracked, plan: MeasurementPlan): MetricResult {
  const counts = countOf(t.records);
  const outcome = metricOutcome(counts, plan);
  const last = [...t.records].reverse().find((r) => r.outcome === outcome) ?? t.records[t.records.length - 1];
  return {
    name: t.spec.name,
    provider: t.spec.provider,
    query: t.release.query,
    baselineQuery: t.baseline?.query,
    condition: t.spec.condition?.expression,
    direction: t.baseline ? t.spec.direction : undefined,
    outcome,
    counts,
    measurements: t.records,
    reason: `${counts.pass} pass, ${counts.fail} fail, ${counts.inconclusive} inconclusive of ${t.records.length}; ${last?.reason ?? 'not measured'}`,
  };
}

/** A limit already exceeded decides the verdict: later measurements could not change it. */
function exceededLimit(tracked: readonly Tracked[], plan: MeasurementPlan): string | undefined {
  for (const t of tracked) {
    const counts = countOf(t.records);
    if (counts.fail > plan.failureLimit)
      return `${t.spec.name} failed ${counts.fail} times (failure-limit ${plan.failureLimit})`;
    if (counts.inconclusive > plan.inconclusiveLimit)
      return `${t.spec.name} was inconclusive ${counts.inconclusive} times (inconclusive-limit ${plan.inconclusiveLimit})`;
  }
  return undefined;
}

/**
 * Judges a release by its metrics: `count` measurements `interval` apart after `initial-delay`,
 * each metric's condition (or its comparison with the baseline) per measurement, a metric failing
 * past `failure-limit` or inconclusive past `inconclusive-limit`. Pure apart from the injected deps.
 */
export async function analyze(config: AnalysisConfig, deps: AnalysisDeps): Promise<AnalysisReport> {
  const tracked = prepare(config, deps);
  const { plan } = config;
  let stoppedEarly: string | undefined;
  if (plan.initialDelayMs > 0) await deps.sleep(plan.initialDelayMs);
  for (let index = 1; index <= plan.count && !stoppedEarly; index++) {
    if (index > 1) await deps.sleep(plan.intervalMs);
    const records = await Promise.all(tracked.map((t) => measureOne(t, index, config, deps)));
    records.forEach((record, i) => {
      tracked[i].records.push(record);
      deps.onMeasurement?.(tracked[i].spec.name, record);
    });
    if (index < plan.count) stoppedEarly = exceededLimit(tracked, plan);
  }
  const metrics = tracked.map((t) => resultOf(t, plan));
  const { score, verdict } = overallVerdict(metrics, config.minScore);
  return {
    schema: ANALYSIS_REPORT_SCHEMA,
    kitVersion: config.kitVersion,
    createdAt: new Date(deps.now()).toISOString(),
    mode: config.comparison ? 'compare' : 'measure',
    config: {
      ...plan,
      minScore: config.minScore,
      ...(config.comparison && {
        lookbackMs: config.comparison.lookbackMs,
        stepMs: config.comparison.stepMs,
        maxDifference: config.comparison.maxDifference,
      }),
    },
    vars: { ...config.vars },
    baselineVars: config.comparison ? { ...config.comparison.baselineVars } : undefined,
    metrics,
    score,
    verdict,
    stoppedEarly,
    reasons: reasonsOf(metrics),
  };
}
