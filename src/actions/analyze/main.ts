import { resolve } from 'node:path';
import { analyze, type AnalysisConfig } from '../../core/analysis/analyze.js';
import type { AnalysisReport, MeasurementRecord } from '../../core/analysis/report.js';
import type { MetricSpec, TemplateVars } from '../../core/analysis/types.js';
import { openProviders, type OpenProviders, type ProviderSettings } from '../../clients/metrics/index.js';
import type { Runtime } from '../../runtime/runtime.js';
import { ConfigError, type InputProblem } from '../../shared/errors.js';
import { checkUrl } from '../../shared/inputs.js';
import { reportPath, writeJsonReport } from '../../shared/report-file.js';
import { KIT_VERSION } from '../../shared/version.js';
import { runAction, type ActionDefinition, type Inputs } from '../harness.js';
import { inputs } from './inputs.js';
import { parseMetrics } from './metrics-input.js';
import { renderSummary } from './summary.js';

type AnalyzeInputs = Inputs<typeof inputs>;
type Open = (needed: ReadonlySet<MetricSpec['provider']>, settings: ProviderSettings) => Promise<OpenProviders>;

export interface AnalyzeResult {
  report: AnalysisReport;
  reportFile: string;
  failOnInconclusive: boolean;
}

/** The metrics list and the rules zod cannot see field by field, every problem reported together. */
function checkedMetrics(inputs: AnalyzeInputs): MetricSpec[] {
  const problems: InputProblem[] = [];
  let metrics: MetricSpec[] = [];
  try {
    metrics = parseMetrics(inputs.metrics, inputs.provider, inputs.mode === 'measure');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  if (inputs.mode === 'compare' && !inputs['baseline-version'])
    problems.push({
      input: 'baseline-version',
      message: 'is required when mode is compare: the stable version the canary is compared with',
    });
  if (inputs.address && checkUrl(inputs.address))
    problems.push({ input: 'address', message: checkUrl(inputs.address)! });
  if (metrics.some((m) => m.provider === 'prometheus') && !inputs.address)
    problems.push({
      input: 'address',
      message: 'is required for prometheus metrics: the server base URL, e.g. http://prometheus.monitoring:9090',
    });
  if (inputs.mode === 'compare' && inputs.step * 3 > inputs.lookback)
    problems.push({
      input: 'step',
      message: `must leave at least 3 points in lookback (${inputs.lookback}ms), got ${inputs.step}ms`,
    });
  if (problems.length) throw new ConfigError(problems);
  return metrics;
}

function configOf(inputs: AnalyzeInputs, metrics: MetricSpec[]): AnalysisConfig {
  const vars: TemplateVars = {
    version: inputs.version,
    namespace: inputs.namespace,
    workload: inputs.workload,
    canary: inputs.canary,
  };
  return {
    metrics,
    vars,
    plan: {
      intervalMs: inputs.interval,
      count: inputs.count,
      initialDelayMs: inputs['initial-delay'],
      failureLimit: inputs['failure-limit'],
      inconclusiveLimit: inputs['inconclusive-limit'],
    },
    comparison:
      inputs.mode === 'compare'
        ? {
            baselineVars: { ...vars, version: inputs['baseline-version'] },
            lookbackMs: inputs.lookback,
            stepMs: inputs.step,
            maxDifference: inputs['max-difference'],
          }
        : undefined,
    minScore: inputs['min-score'],
    kitVersion: KIT_VERSION,
  };
}

function settingsOf(inputs: AnalyzeInputs, runtime: Runtime): ProviderSettings {
  return {
    address: inputs.address,
    token: inputs.bearer,
    username: inputs.username,
    password: inputs.password,
    headers: Object.fromEntries(inputs.headers ?? []),
    caFile: inputs['ca-file'] && resolve(runtime.env.GITHUB_WORKSPACE ?? runtime.cwd, inputs['ca-file']),
    timeoutMs: inputs.timeout,
    kubeconfig: inputs.kubeconfig,
    context: inputs.context,
    env: runtime.env,
    secret: (value) => runtime.secret(value),
  };
}

const logLine = (metric: string, r: MeasurementRecord) =>
  `measurement ${r.index} ${metric}: ${r.outcome} - ${r.reason}`;

async function execute(inputs: AnalyzeInputs, runtime: Runtime, open: Open): Promise<AnalyzeResult> {
  const metrics = checkedMetrics(inputs);
  const config = configOf(inputs, metrics);
  const sources = await open(new Set(metrics.map((m) => m.provider)), settingsOf(inputs, runtime));
  let report: AnalysisReport;
  try {
    runtime.info(`analyzing ${metrics.length} metrics (${inputs.mode}) from ${sources.targets.join(', ')}`);
    report = await runtime.group(`analyze: ${config.plan.count} measurement(s)`, () =>
      analyze(config, {
        providers: sources.providers,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        now: Date.now,
        onMeasurement: (metric, record) => runtime.info(logLine(metric, record)),
      }),
    );
  } finally {
    await sources.close();
  }
  const workspace = runtime.env.GITHUB_WORKSPACE ?? runtime.cwd;
  const reportFile = await writeJsonReport(
    reportPath(inputs.report, workspace, runtime.tempDir, 'analysis-report.json'),
    report,
  );
  runtime.info(`verdict ${report.verdict}, score ${report.score}; report written to ${reportFile}`);
  return { report, reportFile, failOnInconclusive: inputs['fail-on-inconclusive'] };
}

function failureOf({ report, failOnInconclusive }: AnalyzeResult): string | undefined {
  const why = report.reasons.join('; ');
  if (report.verdict === 'fail') return `verdict fail (score ${report.score}): ${why}`;
  if (report.verdict === 'inconclusive' && failOnInconclusive)
    return `verdict inconclusive (score ${report.score}): ${why || 'no metric gave evidence'}; set fail-on-inconclusive: false to let it pass`;
  return undefined;
}

/** Builds the action with injectable providers (tests and canary steps may pass their own). */
export function createDefinition(open: Open = openProviders): ActionDefinition<typeof inputs, AnalyzeResult> {
  return {
    name: 'analyze',
    inputs: inputs,
    execute: (inputs, runtime) => execute(inputs, runtime, open),
    outputs: ({ report, reportFile }) => ({ verdict: report.verdict, score: report.score, report: reportFile }),
    summary: ({ report }) => renderSummary(report),
    failure: failureOf,
  };
}

export const definition = createDefinition();

export function run(runtime: Runtime) {
  return runAction(definition, runtime);
}
