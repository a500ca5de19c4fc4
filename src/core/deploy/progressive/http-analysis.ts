import type { Assertion } from '../../assertions/types.js';
import type { HttpDeps } from '../../http/deps.js';
import { waitUntilHealthy } from '../../health/health.js';
import { runPerfGate } from '../../perf/gate.js';
import type { LoadGenerator } from '../../perf/load.js';
import { compareWithBaseline } from '../../perf/regression.js';
import { measuredRuns, type PerfReport } from '../../perf/report.js';
import type { RegressionRule, Threshold } from '../../perf/thresholds.js';
import { runSuite } from '../../smoke/run.js';
import type { LoadedSpec } from '../../smoke/spec-load.js';
import type { StepAnalysis, StepContext, StepVerdict } from './analysis.js';

const joinUrl = (base: string, path: string) => new URL(path, base.endsWith('/') ? base : `${base}/`).toString();

const unreachable = (check: string, what: string): StepVerdict => ({
  check,
  passed: false,
  reasons: [`the ${what} endpoint is unknown: set the URL input for it`],
});

/** health-check's core against the canary endpoint: `path` must answer with `assertions` within the timeout. */
export function healthAnalysis(
  options: { path: string; assertions: Assertion[]; timeoutMs: number },
  deps: HttpDeps,
): StepAnalysis {
  return async function health(ctx: StepContext) {
    if (!ctx.canaryUrl) return unreachable('health', 'canary');
    const url = joinUrl(ctx.canaryUrl, options.path);
    const result = await waitUntilHealthy(
      {
        urls: [url],
        method: 'GET',
        headers: {},
        assertions: options.assertions,
        timeoutMs: options.timeoutMs,
        intervalMs: 500,
        maxIntervalMs: 2000,
        attemptTimeoutMs: Math.min(5000, options.timeoutMs),
        successThreshold: 2,
        insecure: false,
        followRedirects: true,
      },
      deps,
    );
    const target = result.targets[0];
    const answer = target.lastStatus !== undefined ? `HTTP ${target.lastStatus}` : target.lastErrorKind;
    return {
      check: 'health',
      passed: result.healthy,
      reasons: [
        result.healthy
          ? `${options.path} healthy after ${result.attempts} attempt(s)`
          : `${options.path} not healthy after ${result.attempts} attempt(s): ${answer}${target.lastDetail ? ` (${target.lastDetail})` : ''}`,
      ],
    };
  };
}

/** smoke-test's core: the spec's checks against the canary endpoint as base_url. */
export function smokeAnalysis(spec: LoadedSpec, options: { timeoutMs: number }, deps: HttpDeps): StepAnalysis {
  return async function smoke(ctx: StepContext) {
    if (!ctx.canaryUrl) return unreachable('smoke', 'canary');
    const result = await runSuite(
      spec,
      { baseUrl: ctx.canaryUrl, concurrency: 4, failFast: false, timeoutMs: options.timeoutMs, env: {} },
      deps,
    );
    const failed = result.checks.filter((c) => c.verdict === 'fail');
    return {
      check: 'smoke',
      passed: result.passed,
      reasons: result.passed
        ? [`${result.total} check(s) passed`]
        : failed.map((c) => `check '${c.name}' failed: ${c.reason ?? 'assertion failed'}`),
    };
  };
}

export interface PerfAnalysisOptions {
  path: string;
  thresholds: Threshold[];
  /** Canary-versus-stable rules (`p(95): 20%`): perf-gate's baseline regression statistics. */
  rules: RegressionRule[];
  durationMs: number;
  connections: number;
}

function gate(url: string, options: PerfAnalysisOptions, thresholds: Threshold[], generate: LoadGenerator) {
  return runPerfGate(
    {
      load: {
        url,
        method: 'GET',
        headers: {},
        connections: options.connections,
        durationMs: options.durationMs,
        timeoutMs: 10_000,
      },
      warmupMs: 0,
      runs: 1,
      shard: 1,
      shards: 1,
      thresholds,
      warnMargin: 0,
      abortOnFail: false,
      rules: [],
    },
    generate,
  );
}

const round = (value: number) => Number(value.toFixed(4));

const side = (report: PerfReport) => ({ runs: measuredRuns(report), timeline: report.timeline });

/**
 * perf-gate's core against the canary, with the stable endpoint loaded at the same time when the
 * comparison rules need it, so both sides see the same machine and the same minute.
 */
export function perfAnalysis(options: PerfAnalysisOptions, generate: LoadGenerator): StepAnalysis {
  return async function perf(ctx: StepContext) {
    if (!ctx.canaryUrl) return unreachable('perf', 'canary');
    const compare = options.rules.length > 0 && Boolean(ctx.stableUrl);
    const [canary, stable] = await Promise.all([
      gate(joinUrl(ctx.canaryUrl, options.path), options, options.thresholds, generate),
      compare ? gate(joinUrl(ctx.stableUrl!, options.path), options, [], generate) : undefined,
    ]);
    const reasons = canary.thresholds.map((t) => `${t.expression}: ${t.verdict} (measured ${round(t.measured)})`);
    let passed = canary.verdict !== 'fail';
    for (const rule of stable ? options.rules : []) {
      const result = compareWithBaseline(rule, side(stable!), side(canary));
      if (result.verdict === 'fail') passed = false;
      reasons.push(
        `canary vs stable ${rule.expression}: ${result.verdict} (stable ${result.baseline.toFixed(2)}, canary ${result.current.toFixed(2)}, p=${result.pValue})`,
      );
    }
    if (options.rules.length && !stable) reasons.push('canary vs stable: skipped, the stable endpoint is unknown');
    return { check: 'perf', passed, reasons };
  };
}
