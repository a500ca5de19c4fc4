import { evaluateAll } from '../assertions/evaluate.js';
import { extractCapture } from '../assertions/capture.js';
import { interpolate, interpolateDeep, type Scope } from '../assertions/interpolate.js';
import type { AssertionOutcome } from '../assertions/types.js';
import { displayUrl } from '../http/backoff.js';
import type { ProbeRequest, ProbeResult, ProbeResponse } from '../http/types.js';
import type { LoadedCheck } from './spec-load.js';
import { urlSecrets } from '../../shared/url-secrets.js';

export type Verdict = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  name: string;
  index: number;
  line: number;
  method: string;
  url?: string;
  verdict: Verdict;
  attempts: number;
  status?: number;
  latencyMs?: number;
  outcomes: AssertionOutcome[];
  /** Why it failed or was skipped, in one line. */
  reason?: string;
  /** Names captured (never the values: they are often tokens). */
  captured: string[];
}

export interface CheckContext {
  baseUrl?: string;
  scope: Scope;
  deadline: number;
  defaultTimeoutMs: number;
  probe(request: ProbeRequest): Promise<ProbeResult>;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Registers a value that must never leave the process (header credentials). */
  secret(value: string): void;
  redact(text: string): string;
}

/** Header names whose values are credentials even when written literally in the spec. */
const SENSITIVE_HEADER = /authorization|cookie|token|secret|api-?key|password|credential/i;
/** Captures named like credentials (token, session, jwt...) are secrets from the moment they are read. */
const SENSITIVE_CAPTURE = /token|secret|session|jwt|password|key|cookie|auth/i;

function joinUrl(base: string | undefined, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  if (!base) throw new Error(`path '${path}' needs the base-url input (or give the check an absolute 'url')`);
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function buildRequest(check: LoadedCheck, ctx: CheckContext): ProbeRequest {
  const url =
    check.url !== undefined
      ? interpolate(check.url, ctx.scope)
      : joinUrl(ctx.baseUrl, interpolate(check.path ?? '/', ctx.scope));
  if (!URL.canParse(url)) throw new Error(`'${url}' is not a valid URL`);
  if (!/^https?:$/.test(new URL(url).protocol)) throw new Error(`'${url}' is not an http:// or https:// URL`);
  urlSecrets(url).forEach((part) => ctx.secret(part));
  const headers: Record<string, string> = {};
  for (const [name, template] of Object.entries(check.headers)) {
    const value = interpolate(template, ctx.scope);
    if (SENSITIVE_HEADER.test(name) || /\{\{\s*env\./.test(template)) {
      ctx.secret(value);
      const credential = value.match(/^\S+\s+(\S{3,})$/);
      if (credential) ctx.secret(credential[1]);
    }
    headers[name] = value;
  }
  let body = check.body === undefined ? undefined : interpolate(check.body, ctx.scope);
  if (check.json !== undefined) {
    body = JSON.stringify(interpolateDeep(check.json, ctx.scope));
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json';
  }
  const remaining = Math.max(1, ctx.deadline - ctx.now());
  return {
    url,
    method: check.method,
    headers,
    body,
    timeoutMs: Math.min(check.timeout ?? ctx.defaultTimeoutMs, remaining),
    insecure: check.insecure,
    followRedirects: check['follow-redirects'],
    now: ctx.now,
  };
}

function capture(check: LoadedCheck, response: ProbeResponse, ctx: CheckContext): string | undefined {
  for (const [name, source] of Object.entries(check.captures)) {
    const value = extractCapture(source, response);
    if (value === undefined) return `capture '${name}' found nothing in the response`;
    if (SENSITIVE_CAPTURE.test(name)) ctx.secret(value);
    ctx.scope.values[name] = value;
  }
  return undefined;
}

/** One attempt: request, assertions, captures. */
async function attempt(
  check: LoadedCheck,
  request: ProbeRequest,
  ctx: CheckContext,
  result: CheckResult,
): Promise<boolean> {
  const probed = await ctx.probe(request);
  result.attempts += 1;
  if (!probed.ok) {
    Object.assign(result, {
      status: undefined,
      latencyMs: probed.timings.totalMs,
      outcomes: [],
      reason: ctx.redact(probed.error.message),
    });
    return false;
  }
  const { response } = probed;
  const outcomes = evaluateAll(check.assertions, response, ctx.scope).map((o) => ({
    ...o,
    actual: ctx.redact(o.actual),
    message: o.message && ctx.redact(o.message),
  }));
  Object.assign(result, { status: response.status, latencyMs: response.timings.totalMs, outcomes });
  const failed = outcomes.filter((o) => !o.passed);
  result.reason = failed.length ? failed.map((o) => o.message).join('; ') : capture(check, response, ctx);
  return result.reason === undefined;
}

/**
 * Runs one check with its retries: builds the request from the current scope (variables and
 * earlier captures), evaluates every assertion and stores the captures when it passes.
 * Never throws; a request that cannot even be built is a failed check with the reason.
 */
export async function runCheck(check: LoadedCheck, ctx: CheckContext): Promise<CheckResult> {
  const result: CheckResult = {
    name: check.name,
    index: check.index,
    line: check.line,
    method: check.method,
    verdict: 'fail',
    attempts: 0,
    outcomes: [],
    captured: [],
  };
  let request: ProbeRequest;
  try {
    request = buildRequest(check, ctx);
    result.url = ctx.redact(displayUrl(request.url));
  } catch (error) {
    return { ...result, reason: ctx.redact((error as Error).message) };
  }
  for (let tries = 0; tries <= check.retries; tries++) {
    if (tries > 0) {
      if (ctx.now() + check['retry-delay'] >= ctx.deadline) break;
      await ctx.sleep(check['retry-delay']);
      request = {
        ...request,
        timeoutMs: Math.min(check.timeout ?? ctx.defaultTimeoutMs, Math.max(1, ctx.deadline - ctx.now())),
      };
    }
    if (await attempt(check, request, ctx, result)) {
      return { ...result, verdict: 'pass', reason: undefined, captured: Object.keys(check.captures) };
    }
  }
  return result;
}
