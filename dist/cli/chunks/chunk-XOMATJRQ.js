#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  backoffDelay,
  displayUrl,
  evaluateAll,
  resolveHttpDeps
} from "./chunk-YJ7VB7M5.js";

// src/core/health/health.ts
var HISTORY_LIMIT = 50;
async function attemptOnce(options, deps, url, attempt, startedAt, remaining) {
  const result = await deps.probe({
    url,
    method: options.method,
    headers: options.headers,
    timeoutMs: Math.max(1, Math.min(options.attemptTimeoutMs, remaining)),
    insecure: options.insecure,
    followRedirects: options.followRedirects,
    now: deps.now
  });
  const atMs = deps.now() - startedAt;
  if (!result.ok) {
    const record2 = {
      attempt,
      atMs,
      passed: false,
      latencyMs: result.timings.totalMs,
      errorKind: result.error.kind,
      detail: deps.redact(result.error.message)
    };
    return { record: record2 };
  }
  const { response } = result;
  const failed = evaluateAll(options.assertions, response, options.scope).filter((o) => !o.passed);
  const detail = failed.length ? deps.redact(failed.map((o) => o.message).join("; ")) : void 0;
  const record = {
    attempt,
    atMs,
    passed: failed.length === 0,
    status: response.status,
    latencyMs: response.timings.totalMs,
    errorKind: failed.length ? "assertion" : void 0,
    detail
  };
  return { record, tlsDays: response.tls?.daysRemaining };
}
function logLine(url, r, streak, threshold, nextMs) {
  const answer = r.status !== void 0 ? `HTTP ${r.status}` : r.errorKind;
  const verdict = r.passed ? `ok (${streak}/${threshold} consecutive)` : `failed: ${r.detail}`;
  const next = r.passed && streak >= threshold ? "" : nextMs === void 0 ? "; deadline reached" : `; next attempt in ${nextMs}ms`;
  return `${displayUrl(url)} attempt ${r.attempt}: ${answer} in ${Math.round(r.latencyMs)}ms, ${verdict}${next}`;
}
function nextDelay(delay, remaining, minWindow) {
  if (remaining <= minWindow) return void 0;
  return remaining - delay >= minWindow ? delay : remaining - minWindow;
}
function minAttemptWindow(options) {
  return Math.min(options.attemptTimeoutMs, 1e3, Math.max(50, Math.round(options.timeoutMs / 10)));
}
async function waitForTarget(options, deps, url, startedAt) {
  const target = { url: displayUrl(url), healthy: false, attempts: 0, elapsedMs: 0, history: [] };
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
      deadline - deps.now()
    );
    target.attempts += 1;
    target.history = [...target.history, record].slice(-HISTORY_LIMIT);
    Object.assign(target, {
      lastStatus: record.status,
      lastErrorKind: record.errorKind,
      lastDetail: record.detail,
      lastLatencyMs: record.latencyMs
    });
    if (tlsDays !== void 0) target.tlsDaysRemaining = tlsDays;
    streak = record.passed ? streak + 1 : 0;
    failures = record.passed ? 0 : failures + 1;
    target.healthy = streak >= options.successThreshold;
    const remaining = deadline - deps.now();
    const delay = record.passed ? options.intervalMs : backoffDelay(failures, options.intervalMs, options.maxIntervalMs, deps.random);
    const next = target.healthy ? void 0 : nextDelay(delay, remaining, minAttemptWindow(options));
    deps.log(deps.redact(logLine(url, record, streak, options.successThreshold, next)));
    if (next === void 0) break;
    await deps.sleep(next);
  }
  target.elapsedMs = deps.now() - startedAt;
  return target;
}
async function waitUntilHealthy(options, deps) {
  const full = {
    ...resolveHttpDeps(deps),
    random: deps.random ?? Math.random,
    log: deps.log ?? (() => void 0),
    redact: deps.redact ?? ((t) => t)
  };
  const startedAt = full.now();
  const targets = await Promise.all(options.urls.map((url) => waitForTarget(options, full, url, startedAt)));
  const healthy = targets.every((t) => t.healthy);
  return {
    healthy,
    attempts: targets.reduce((sum, t) => sum + t.attempts, 0),
    elapsedMs: full.now() - startedAt,
    timedOut: !healthy,
    targets
  };
}

export {
  waitUntilHealthy
};
