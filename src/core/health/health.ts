import { evaluateAll } from '../assertions/evaluate.js';
import type { Assertion } from '../assertions/types.js';
import type { Scope } from '../assertions/interpolate.js';
import { backoffDelay, displayUrl } from '../http/backoff.js';
import { resolveHttpDeps, type HttpDeps } from '../http/deps.js';

export interface HealthCheckOptions {
  urls: string[];
  method: string;
  headers: Record<string, string>;
  assertions: Assertion[];
  timeoutMs: number;
  intervalMs: number;
  maxIntervalMs: number;
  attemptTimeoutMs: number;
  successThreshold: number;
  insecure: boolean;
  followRedirects: boolean;
  scope?: Scope;
}

/** The host-facing collaborators, injected so the loop runs in microseconds in unit tests. */
export interface HealthCheckDeps extends HttpDeps {
  random?: () => number;
  log?: (line: string) => void;
  /** Removes secrets from any text that leaves the core (messages, logs, report). */
  redact?: (text: string) => string;
}

export interface AttemptRecord {
  attempt: number;
  atMs: number;
  passed: boolean;
  status?: number;
  latencyMs: number;
  /** connection-refused, dns, tls, timeout, ... when there was no HTTP answer; `assertion` when one failed. */
  errorKind?: string;
  detail?: string;
}

export interface TargetResult {
  url: string;
  healthy: boolean;
  attempts: number;
  lastStatus?: number;
  lastErrorKind?: string;
  lastDetail?: string;
  lastLatencyMs?: number;
  tlsDaysRemaining?: number;
  elapsedMs: number;
  /** The most recent attempts (older ones dropped beyond HISTORY_LIMIT). */
  history: AttemptRecord[];
}

export interface HealthCheckResult {
  healthy: boolean;
  attempts: number;
  elapsedMs: number;
  timedOut: boolean;
  targets: TargetResult[];
}

export const HISTORY_LIMIT = 50;

async function attemptOnce(
  options: HealthCheckOptions,
  deps: Required<HealthCheckDeps>,
  url: string,
  attempt: number,
  startedAt: number,
  remaining: number,
): Promise<{ record: AttemptRecord; tlsDays?: number }> {
  const result = await deps.probe({
    url,
    method: options.method,
    headers: options.headers,
    timeoutMs: Math.max(1, Math.min(options.attemptTimeoutMs, remaining)),
    insecure: options.insecure,
    followRedirects: options.followRedirects,
    now: deps.now,
  });
  const atMs = deps.now() - startedAt;
  if (!result.ok) {
    const record = {
      attempt,
      atMs,
      passed: false,
      latencyMs: result.timings.totalMs,
      errorKind: result.error.kind,
      detail: deps.redact(result.error.message),
    };
    return { record };
  }
  const { response } = result;
  const failed = evaluateAll(options.assertions, response, options.scope).filter((o) => !o.passed);
  const detail = failed.length ? deps.redact(failed.map((o) => o.message).join('; ')) : undefined;
  const record: AttemptRecord = {
    attempt,
    atMs,
    passed: failed.length === 0,
    status: response.status,
    latencyMs: response.timings.totalMs,
    errorKind: failed.length ? 'assertion' : undefined,
    detail,
  };
  return { record, tlsDays: response.tls?.daysRemaining };
}

function logLine(url: string, r: AttemptRecord, streak: number, threshold: number, nextMs: number | undefined): string {
  const answer = r.status !== undefined ? `HTTP ${r.status}` : r.errorKind;
  const verdict = r.passed ? `ok (${streak}/${threshold} consecutive)` : `failed: ${r.detail}`;
  const next =
    r.passed && streak >= threshold
      ? ''
      : nextMs === undefined
        ? '; deadline reached'
        : `; next attempt in ${nextMs}ms`;
  return `${displayUrl(url)} attempt ${r.attempt}: ${answer} in ${Math.round(r.latencyMs)}ms, ${verdict}${next}`;
}

/**
 * The pause before the next attempt: the backoff delay, pulled earlier when it would leave the
 * next attempt less than `minWindow` before the deadline (a service coming up late is still
 * seen, by an attempt that has a fair chance to finish); undefined when no such attempt fits.
 */
export function nextDelay(delay: number, remaining: number, minWindow: number): number | undefined {
  // Strictly more than the window: the pulled-in last attempt then leaves at most the window, so it is the last.
  if (remaining <= minWindow) return undefined;
  return remaining - delay >= minWindow ? delay : remaining - minWindow;
}

/** The least time worth starting an attempt with: a tenth of the deadline, within 50ms..1s and the attempt timeout. */
export function minAttemptWindow(options: Pick<HealthCheckOptions, 'timeoutMs' | 'attemptTimeoutMs'>): number {
  return Math.min(options.attemptTimeoutMs, 1000, Math.max(50, Math.round(options.timeoutMs / 10)));
}

async function waitForTarget(
  options: HealthCheckOptions,
  deps: Required<HealthCheckDeps>,
  url: string,
  startedAt: number,
): Promise<TargetResult> {
  const target: TargetResult = { url: displayUrl(url), healthy: false, attempts: 0, elapsedMs: 0, history: [] };
  const deadline = startedAt + options.timeoutMs;
  let streak = 0;
  let failures = 0;
  while (deps.now() < deadline) {
    const { record, tlsDays } = await attemptOnce(
      options,
      deps,
      url,
      target.attempts + 1,
      startedAt,
      deadline - deps.now(),
    );
    target.attempts += 1;
    target.history = [...target.history, record].slice(-HISTORY_LIMIT);
    Object.assign(target, {
      lastStatus: record.status,
      lastErrorKind: record.errorKind,
      lastDetail: record.detail,
      lastLatencyMs: record.latencyMs,
    });
    if (tlsDays !== undefined) target.tlsDaysRemaining = tlsDays;
    streak = record.passed ? streak + 1 : 0;
    failures = record.passed ? 0 : failures + 1;
    target.healthy = streak >= options.successThreshold;
    const remaining = deadline - deps.now();
    const delay = record.passed
      ? options.intervalMs
      : backoffDelay(failures, options.intervalMs, options.maxIntervalMs, deps.random);
    const next = target.healthy ? undefined : nextDelay(delay, remaining, minAttemptWindow(options));
    deps.log(deps.redact(logLine(url, record, streak, options.successThreshold, next)));
    if (next === undefined) break;
    await deps.sleep(next);
  }
  target.elapsedMs = deps.now() - startedAt;
  return target;
}

/**
 * Waits until every URL answers and passes every assertion `successThreshold` times in a row,
 * or the overall deadline passes. URLs are polled concurrently, each with its own backoff.
 * Pure with respect to the host: clock, sleep, randomness and the probe itself are injectable.
 */
export async function waitUntilHealthy(options: HealthCheckOptions, deps: HealthCheckDeps): Promise<HealthCheckResult> {
  const full: Required<HealthCheckDeps> = {
    ...resolveHttpDeps(deps),
    random: deps.random ?? Math.random,
    log: deps.log ?? (() => undefined),
    redact: deps.redact ?? ((t) => t),
  };
  const startedAt = full.now();
  const targets = await Promise.all(options.urls.map((url) => waitForTarget(options, full, url, startedAt)));
  const healthy = targets.every((t) => t.healthy);
  return {
    healthy,
    attempts: targets.reduce((sum, t) => sum + t.attempts, 0),
    elapsedMs: full.now() - startedAt,
    timedOut: !healthy,
    targets,
  };
}
