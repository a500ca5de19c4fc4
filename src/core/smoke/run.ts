import { placeholders, type Scope } from '../assertions/interpolate.js';
import { resolveHttpDeps, type HttpDeps } from '../http/deps.js';
import { SecretMask } from '../../shared/masking.js';
import { runCheck, type CheckContext, type CheckResult } from './check.js';
import type { LoadedSpec } from './spec-load.js';

export interface SuiteOptions {
  baseUrl?: string;
  concurrency: number;
  failFast: boolean;
  /** Deadline of the whole suite. */
  timeoutMs: number;
  /** Per-request deadline when a check sets none. */
  requestTimeoutMs?: number;
  env: Readonly<Record<string, string | undefined>>;
}

export interface SuiteDeps extends HttpDeps {
  /** Called as each check finishes (for one log line per check). */
  onResult?: (result: CheckResult) => void;
  /** Called for each credential found in request headers (the adapter masks it on the host). */
  onSecret?: (value: string) => void;
}

export interface SuiteResult {
  passed: boolean;
  total: number;
  failed: number;
  skipped: number;
  elapsedMs: number;
  checks: CheckResult[];
}

/** A counting semaphore: at most `limit` checks in flight, granted in request order. */
function semaphore(limit: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return {
    acquire: () =>
      new Promise<void>((resolve) =>
        active < limit ? (active++, resolve()) : queue.push(() => (active++, resolve())),
      ),
    release: () => {
      active--;
      queue.shift()?.();
    },
  };
}

function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redact)])) as T;
  }
  return value;
}

/** Names of every environment variable a spec references as `{{env.NAME}}`. */
function envReferences(spec: LoadedSpec): Set<string> {
  const texts = spec.checks.map((check) => JSON.stringify(check));
  return new Set(texts.flatMap(placeholders).flatMap((name) => (name.startsWith('env.') ? [name.slice(4)] : [])));
}

const skipped = (check: LoadedSpec['checks'][number], reason: string): CheckResult => ({
  name: check.name,
  index: check.index,
  line: check.line,
  method: check.method,
  verdict: 'skip',
  attempts: 0,
  outcomes: [],
  captured: [],
  reason,
});

/**
 * Runs a loaded spec: up to `concurrency` checks at once, a check that uses another's capture
 * waits for it (and is skipped if it did not pass), fail-fast skips what has not started after
 * the first failure, and nothing starts after the suite deadline. Results keep spec order.
 */
export async function runSuite(spec: LoadedSpec, options: SuiteOptions, deps: SuiteDeps): Promise<SuiteResult> {
  const http = resolveHttpDeps(deps);
  const started = http.now();
  const mask = new SecretMask();
  const scope: Scope = {
    values: { ...spec.variables, ...(options.baseUrl ? { base_url: options.baseUrl } : {}) },
    env: options.env,
  };
  const ctx: CheckContext = {
    baseUrl: options.baseUrl,
    scope,
    deadline: started + options.timeoutMs,
    defaultTimeoutMs: options.requestTimeoutMs ?? 30_000,
    ...http,
    secret: (value) => {
      if (value.trim().length >= 3 && !mask.has(value)) {
        mask.add(value);
        deps.onSecret?.(value);
      }
    },
    redact: mask.redact,
  };
  // `{{env.*}}` values are secrets wherever they are used (json, body, path, url, expect), from the start.
  for (const name of envReferences(spec)) {
    const value = options.env[name];
    if (value) ctx.secret(value);
  }
  const slots = semaphore(Math.max(1, options.concurrency));
  let firstFailure: string | undefined;
  const runs: Promise<CheckResult>[] = [];
  for (const check of spec.checks) {
    const waitFor = check.dependsOn.map((i) => runs[i]);
    runs.push(
      (async () => {
        const upstream = (await Promise.all(waitFor)).find((r) => r.verdict !== 'pass');
        if (upstream) return skipped(check, `needs a capture from '${upstream.name}', which did not pass`);
        await slots.acquire();
        try {
          if (options.failFast && firstFailure) return skipped(check, `fail-fast: '${firstFailure}' failed`);
          if (http.now() >= ctx.deadline) return skipped(check, 'suite timeout reached before it started');
          const result = await runCheck(check, ctx);
          if (result.verdict === 'fail') firstFailure ??= check.name;
          return result;
        } finally {
          slots.release();
        }
      })().then((result) => (deps.onResult?.(result), result)),
    );
  }
  // A secret found late (a header built from a capture) may sit in an earlier check's outcome: redact once more.
  const checks = (await Promise.all(runs)).map((check) => redactDeep(check, ctx.redact));
  const failed = checks.filter((c) => c.verdict === 'fail').length;
  const skippedCount = checks.filter((c) => c.verdict === 'skip').length;
  return {
    passed: failed === 0 && skippedCount === 0,
    total: checks.length,
    failed,
    skipped: skippedCount,
    elapsedMs: http.now() - started,
    checks,
  };
}
