import { globPaths, isGlobPattern } from '../../shared/glob.js';
import { loadGenerator } from '../../clients/load-generator.js';
import { stagesDurationMs } from '../../core/perf/arrivals.js';
import { formatDuration } from '../../shared/duration.js';
import { runPerfGate, type GateProgress } from '../../core/perf/gate.js';
import type { LoadGenerator } from '../../core/perf/load.js';
import { buildMergedReport, type ShardReport } from '../../core/perf/merge.js';
import type { PerfReport } from '../../core/perf/report.js';
import { readReport } from '../../core/perf/report-io.js';
import { ConfigError, type InputProblem } from '../../shared/errors.js';
import { checkUrl } from '../../shared/inputs.js';
import { reportPath, writeJsonReport } from '../../shared/report-file.js';
import type { Runtime } from '../../runtime/runtime.js';
import { runAction, type ActionDefinition, type Inputs } from '../harness.js';
import { inputs } from './inputs.js';
import { renderSummary } from './summary.js';
import { inWorkspace } from '../../shared/files.js';
import { workspaceOf } from '../shared/workspace.js';
import { redactUrl } from '../../shared/url-secrets.js';

type PerfInputs = Inputs<typeof inputs>;

export interface PerfGateResult {
  report: PerfReport;
  reportFile: string;
}

/** Cross-input rules zod cannot see field by field, all reported together. */
function checkCombination(inputs: PerfInputs): void {
  const problems: InputProblem[] = [];
  if (inputs.mode === 'run') {
    if (!inputs.url)
      problems.push({
        input: 'url',
        message: 'is required when mode is run (the URL to load, e.g. https://staging.example.com/api/items)',
      });
    else if (checkUrl(inputs.url)) problems.push({ input: 'url', message: checkUrl(inputs.url)! });
  }
  if (inputs.mode === 'merge' && (inputs.reports ?? []).length === 0) {
    problems.push({
      input: 'reports',
      message: 'is required when mode is merge: shard report files or globs, one per line',
    });
  }
  if (inputs.stages.length && stagesDurationMs(inputs.stages) > 6 * 3_600_000)
    problems.push({ input: 'stages', message: 'must last 6h at most in total' });
  if (inputs.stages.length && inputs.stages.every((stage) => stage.rate === 0) && !inputs.rate)
    problems.push({ input: 'stages', message: 'never sends a request: give at least one stage a rate above 0' });
  if (inputs.shard > inputs.shards)
    problems.push({ input: 'shard', message: `must be between 1 and shards (${inputs.shards}), got ${inputs.shard}` });
  if (problems.length) throw new ConfigError(problems);
}

/** Files named by `reports`, each line a path or a glob relative to the workspace, in a stable order. */
export async function expandReports(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    if (!isGlobPattern(pattern)) {
      files.add(inWorkspace(cwd, pattern));
      continue;
    }
    const matches = await globPaths(pattern, cwd);
    matches.forEach((match) => files.add(match));
    if (matches.length === 0)
      throw ConfigError.single('reports', `'${pattern}' matched no files; check the artifact download path`);
  }
  return [...files].sort();
}

function progressLogger(runtime: Runtime): (p: GateProgress) => void {
  const every = runtime.kind === 'cli' ? 1000 : 5000;
  let last = -Infinity;
  return (p) => {
    if (p.phase === 'warmup') {
      if (p.durationMs > 0) runtime.info(`warming up for ${formatDuration(p.durationMs)} (not measured)`);
      return;
    }
    if (p.elapsedMs - last < every && p.elapsedMs < p.durationMs) return;
    last = p.elapsedMs;
    runtime.info(
      `run ${p.run}/${p.runs}: ${formatDuration(Math.min(p.elapsedMs, p.durationMs))}/${formatDuration(p.durationMs)}, ${p.requests} responses, p95 ${p.p95Ms.toFixed(2)}ms`,
    );
  };
}

async function runMode(
  inputs: PerfInputs,
  runtime: Runtime,
  generate: LoadGenerator,
  baseline?: PerfReport,
): Promise<PerfReport> {
  const headers = Object.fromEntries(inputs.headers ?? []);
  return runtime.group(`perf-gate: ${inputs.method} ${redactUrl(inputs.url ?? '')}`, () =>
    runPerfGate(
      {
        load: {
          url: inputs.url!,
          method: inputs.method,
          headers,
          body: inputs.body,
          connections: inputs.connections,
          rate: inputs.rate,
          ...(inputs.stages.length ? { stages: inputs.stages } : {}),
          // Ramping stages set the length of each run themselves, as in k6.
          durationMs: inputs.stages.length ? stagesDurationMs(inputs.stages) : inputs.duration,
          timeoutMs: inputs.timeout,
        },
        warmupMs: inputs.warmup,
        runs: inputs.runs,
        shard: inputs.shard,
        shards: inputs.shards,
        thresholds: inputs.thresholds,
        warnMargin: inputs['warn-margin'],
        abortOnFail: inputs['abort-on-fail'],
        rules: inputs['max-regression'],
        baseline,
      },
      generate,
      progressLogger(runtime),
    ),
  );
}

async function mergeMode(inputs: PerfInputs, runtime: Runtime, baseline?: PerfReport): Promise<PerfReport> {
  const files = await expandReports(inputs.reports ?? [], runtime.cwd);
  const shards: ShardReport[] = [];
  for (const path of files) shards.push({ path, report: await readReport(path, 'reports') });
  runtime.info(`merging ${shards.length} shard reports by histogram`);
  return buildMergedReport(shards, {
    thresholds: inputs.thresholds,
    warnMargin: inputs['warn-margin'],
    rules: inputs['max-regression'],
    baseline,
  });
}

/** Builds the action with an injectable load generator (benchmarks and tests may pass another). */
export function createDefinition(
  generate: LoadGenerator = loadGenerator,
): ActionDefinition<typeof inputs, PerfGateResult> {
  return {
    name: 'perf-gate',
    inputs,
    async execute(inputs, runtime) {
      checkCombination(inputs);
      const workspace = workspaceOf(runtime);
      const baseline = inputs.baseline
        ? await readReport(inWorkspace(workspace, inputs.baseline), 'baseline')
        : undefined;
      // The first release of a pipeline has no baseline yet: skip the rules, say so, do not fail.
      if (!baseline && inputs['max-regression'].length)
        runtime.warning('max-regression is set but no baseline was given: the regression check is skipped');
      const report =
        inputs.mode === 'merge'
          ? await mergeMode(inputs, runtime, baseline)
          : await runMode(inputs, runtime, generate, baseline);
      report.target.url = redactUrl(report.target.url); // token-like query values too, not only userinfo
      const reportFile = await writeJsonReport(
        reportPath(inputs.report, workspace, runtime.tempDir, 'perf-gate-report.json'),
        report,
      );
      runtime.info(`verdict ${report.verdict}; report written to ${reportFile}`);
      for (const reason of report.reasons) {
        if (report.verdict === 'pass') runtime.info(reason);
        else runtime.warning(reason);
      }
      return { report, reportFile };
    },
    outputs: ({ report, reportFile }) => {
      const latency = report.figures.correctedLatency ?? report.figures.latency;
      return {
        passed: report.passed,
        verdict: report.verdict,
        'p50-ms': latency.p50,
        'p95-ms': latency.p95,
        'p99-ms': latency.p99,
        rps: report.figures.rps,
        'error-rate': Number(report.figures.errorRate.toFixed(6)),
        report: reportFile,
      };
    },
    summary: ({ report }) => renderSummary(report),
    failure: ({ report }) =>
      report.passed ? undefined : `verdict fail: ${report.reasons.join('; ') || 'a threshold failed'}`,
  };
}

export const definition = createDefinition();

export function run(runtime: Runtime) {
  return runAction(definition, runtime);
}
