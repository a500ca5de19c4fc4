import { probe } from '../../clients/http/probe.js';
import { join } from 'node:path';
import type { CheckResult } from '../../core/smoke/check.js';
import { renderJunit } from '../../core/smoke/junit.js';
import { runSuite, type SuiteResult } from '../../core/smoke/run.js';
import { loadSpec, type LoadedSpec } from '../../core/smoke/spec-load.js';
import type { Runtime } from '../../runtime/runtime.js';
import { formatDuration } from '../../shared/duration.js';
import { ConfigError } from '../../shared/errors.js';
import { displayPath, inWorkspace, readTextFile } from '../../shared/files.js';
import { checkUrl } from '../../shared/inputs.js';
import { writeJsonReport, writeReportText } from '../../shared/report-file.js';
import { KIT_VERSION } from '../../shared/version.js';
import { runAction, type ActionDefinition, type Inputs } from '../harness.js';
import { inputs } from './inputs.js';
import { renderSummary } from './summary.js';

export type SmokeOutcome = SuiteResult & { report: string; junit: string; specFile: string };
type SmokeInputs = Inputs<typeof inputs>;

/** Reads and validates the spec; every problem becomes a ConfigError located at its file line. */
async function loadSpecFile(inputs: SmokeInputs, runtime: Runtime): Promise<{ spec: LoadedSpec; specFile: string }> {
  const baseUrlProblem = inputs['base-url'] ? checkUrl(inputs['base-url']) : undefined;
  if (baseUrlProblem) throw ConfigError.single('base-url', baseUrlProblem);
  const path = inWorkspace(runtime.cwd, inputs.spec);
  const specFile = displayPath(runtime.cwd, path);
  const text = await readTextFile(path, (reason) =>
    ConfigError.single(
      'spec',
      `'${inputs.spec}' ${reason}; give a path relative to the workspace, e.g. .github/smoke.yml`,
    ),
  );
  const variables = Object.fromEntries(
    Object.entries(inputs.variables ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  const { spec, problems } = loadSpec(text, variables);
  if (!spec)
    throw new ConfigError(problems.map((p) => ({ input: 'spec', message: p.message, file: specFile, line: p.line })));
  const needsBase = spec.checks.find((c) => c.url === undefined && !inputs['base-url']);
  if (needsBase)
    throw ConfigError.single('base-url', `is required: check '${needsBase.name}' gives a path, not a url`, {
      file: specFile,
      line: needsBase.line,
    });
  return { spec, specFile };
}

function logLine(c: CheckResult): string {
  const icon = { pass: '✓', fail: '✗', skip: '-' }[c.verdict];
  const answer =
    c.status !== undefined
      ? `${c.status} in ${Math.round(c.latencyMs ?? 0)}ms`
      : c.verdict === 'skip'
        ? 'skipped'
        : 'no response';
  const attempts = c.attempts > 1 ? ` after ${c.attempts} attempts` : '';
  return `${icon} ${c.name}: ${c.method} ${c.url ?? ''} -> ${answer}${attempts}${c.reason ? ` — ${c.reason}` : ''}`;
}

async function writeReports(inputs: SmokeInputs, runtime: Runtime, result: SuiteResult, specFile: string) {
  const dir = inputs['report-dir']
    ? inWorkspace(runtime.cwd, inputs['report-dir'])
    : join(runtime.tempDir, 'deploy-kit');
  const report = await writeJsonReport(
    join(dir, 'smoke-test-report.json'),
    { tool: 'deploy-kit/smoke-test', version: KIT_VERSION, spec: specFile, ...result },
    'report-dir',
  );
  const junit = await writeReportText(
    join(dir, 'smoke-test-junit.xml'),
    renderJunit(result, 'smoke-test', specFile),
    'report-dir',
  );
  return { report, junit };
}

async function execute(inputs: SmokeInputs, runtime: Runtime): Promise<SmokeOutcome> {
  const { spec, specFile } = await loadSpecFile(inputs, runtime);
  const result = await runtime.group(`smoke-test: ${spec.checks.length} check(s) from ${specFile}`, () =>
    runSuite(
      spec,
      {
        baseUrl: inputs['base-url'],
        concurrency: inputs.concurrency,
        failFast: inputs['fail-fast'],
        timeoutMs: inputs.timeout,
        env: runtime.env,
      },
      { probe, onResult: (c) => runtime.info(logLine(c)), onSecret: (value) => runtime.secret(value) },
    ),
  );
  for (const c of result.checks.filter((check) => check.verdict === 'fail')) {
    runtime.error(`check '${c.name}' failed: ${c.reason ?? 'see the summary'}`, {
      file: specFile,
      startLine: c.line,
      title: `smoke-test: ${c.name}`,
    });
  }
  return { ...result, ...(await writeReports(inputs, runtime, result, specFile)), specFile };
}

/** smoke-test: a declarative YAML suite of HTTP checks with captures, JSON and JUnit reports. */
export const definition: ActionDefinition<typeof inputs, SmokeOutcome> = {
  name: 'smoke-test',
  inputs,
  execute,
  outputs: (r) => ({ passed: r.passed, total: r.total, failed: r.failed, report: r.report, junit: r.junit }),
  summary: (r) => renderSummary(r, r.specFile),
  failure: (r) => {
    if (r.passed) return undefined;
    const names = r.checks.filter((c) => c.verdict === 'fail').map((c) => c.name);
    return `${r.failed} of ${r.total} check(s) failed${r.skipped ? `, ${r.skipped} skipped` : ''} in ${formatDuration(r.elapsedMs)}${names.length ? `: ${names.join(', ')}` : ''}`;
  },
};

export const run = (runtime: Runtime) => runAction(definition, runtime);
