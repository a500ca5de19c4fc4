import { probe } from '../../clients/http/probe.js';
import { placeholders } from '../../core/assertions/interpolate.js';
import { waitUntilHealthy, type HealthCheckResult } from '../../core/health/health.js';
import type { Runtime } from '../../runtime/runtime.js';
import { formatDuration } from '../../shared/duration.js';
import { ConfigError, type InputProblem } from '../../shared/errors.js';
import { secretParts } from '../../shared/inputs.js';
import { SecretMask } from '../../shared/masking.js';
import { urlSecrets } from '../../shared/url-secrets.js';
import { reportPath, writeJsonReport } from '../../shared/report-file.js';
import { KIT_VERSION } from '../../shared/version.js';
import { runAction, type ActionDefinition, type Inputs } from '../harness.js';
import { inputs } from './inputs.js';
import { renderSummary } from './summary.js';

export type HealthCheckOutcome = HealthCheckResult & { report: string };
type HealthInputs = Inputs<typeof inputs>;

/** Checks that need two inputs at once; the zod shape sees one input at a time. */
function crossCheck(inputs: HealthInputs): void {
  const problems: InputProblem[] = [];
  if (inputs['max-interval'] < inputs.interval) {
    problems.push({
      input: 'max-interval',
      message: `must be at least interval (${formatDuration(inputs.interval)}), got ${formatDuration(inputs['max-interval'])}`,
    });
  }
  const unknown = inputs.expect.flatMap((a) => placeholders(a.value)).filter((name) => !name.startsWith('env.'));
  if (unknown.length)
    problems.push({
      input: 'expect',
      message: `only {{env.NAME}} placeholders are available here, got {{${unknown[0]}}}`,
    });
  if (problems.length) throw new ConfigError(problems);
}

function reportOf(inputs: HealthInputs, result: HealthCheckResult) {
  return {
    tool: 'deploy-kit/health-check',
    version: KIT_VERSION,
    healthy: result.healthy,
    attempts: result.attempts,
    elapsedMs: result.elapsedMs,
    timedOut: result.timedOut,
    settings: {
      method: inputs.method,
      // Header names only: values may be credentials.
      headers: (inputs.headers ?? []).map(([name]) => name),
      expect: inputs.expect.map((a) => a.source),
      timeoutMs: inputs.timeout,
      intervalMs: inputs.interval,
      maxIntervalMs: inputs['max-interval'],
      attemptTimeoutMs: inputs['attempt-timeout'],
      successThreshold: inputs['success-threshold'],
      insecureSkipTlsVerify: inputs['insecure-skip-tls-verify'],
      followRedirects: inputs['follow-redirects'],
    },
    targets: result.targets,
  };
}

async function execute(inputs: HealthInputs, runtime: Runtime): Promise<HealthCheckOutcome> {
  crossCheck(inputs);
  if (inputs['insecure-skip-tls-verify']) {
    runtime.warning(
      'insecure-skip-tls-verify is true: TLS certificates are NOT verified (self-signed, expired or wrong-host certificates are accepted)',
    );
  }
  const headerPairs = inputs.headers ?? [];
  const redact = new SecretMask([
    ...headerPairs.flatMap(([name, value]) => secretParts(`${name}: ${value}`, 'pair-values')),
    ...inputs.url.flatMap(urlSecrets),
  ]).redact;
  const result = await runtime.group(
    `health-check: ${inputs.url.length} URL(s), deadline ${formatDuration(inputs.timeout)}`,
    () =>
      waitUntilHealthy(
        {
          urls: inputs.url,
          method: inputs.method,
          headers: Object.fromEntries(headerPairs),
          assertions: inputs.expect,
          timeoutMs: inputs.timeout,
          intervalMs: inputs.interval,
          maxIntervalMs: inputs['max-interval'],
          attemptTimeoutMs: inputs['attempt-timeout'],
          successThreshold: inputs['success-threshold'],
          insecure: inputs['insecure-skip-tls-verify'],
          followRedirects: inputs['follow-redirects'],
          scope: { values: {}, env: runtime.env },
        },
        { probe, log: (line) => runtime.info(line), redact },
      ),
  );
  const step = (runtime.env.GITHUB_ACTION ?? '').replace(/[^\w-]+/g, '') || 'report';
  const report = await writeJsonReport(
    reportPath(undefined, runtime.cwd, runtime.tempDir, `health-check-${step}.json`),
    reportOf(inputs, result),
  );
  return { ...result, report };
}

/** health-check: wait until URLs answer and pass their assertions, with backoff and a deadline. */
export const definition: ActionDefinition<typeof inputs, HealthCheckOutcome> = {
  name: 'health-check',
  inputs,
  execute,
  outputs: (r) => ({
    healthy: r.healthy,
    attempts: r.attempts,
    'elapsed-ms': r.elapsedMs,
    status: JSON.stringify(Object.fromEntries(r.targets.map((t) => [t.url, t.lastStatus ?? t.lastErrorKind ?? null]))),
    report: r.report,
  }),
  summary: renderSummary,
  failure: (r) => {
    if (r.healthy) return undefined;
    const bad = r.targets.filter((t) => !t.healthy).map((t) => `${t.url}: ${t.lastDetail ?? 'no attempt completed'}`);
    return `not healthy after ${r.attempts} attempt(s) in ${formatDuration(r.elapsedMs)}: ${bad.join('; ')}`;
  },
};

export const run = (runtime: Runtime) => runAction(definition, runtime);
