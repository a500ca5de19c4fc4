import { describe, expect, it } from 'vitest';
import { backoffDelay, displayUrl } from '../../../src/core/http/backoff.js';
import { classifyError } from '../../../src/core/http/classify.js';
import {
  minAttemptWindow,
  nextDelay,
  waitUntilHealthy,
  type HealthCheckOptions,
} from '../../../src/core/health/health.js';
import { SecretMask } from '../../../src/shared/masking.js';
import { parseAssertions } from '../../../src/core/assertions/parse.js';
import type { ProbeRequest, ProbeResult } from '../../../src/core/http/types.js';

/** A fake clock whose sleep advances time instantly: a five-minute wait runs in microseconds. */
function fakeHost() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
    advance: (ms: number) => (now += ms),
  };
}

const answer = (status: number, body = '{"status":"ok"}'): ProbeResult => ({
  ok: true,
  response: {
    status,
    statusText: '',
    headers: {},
    body,
    bodyTruncated: false,
    url: 'u',
    redirects: [],
    timings: { totalMs: 5 },
  },
});
const refused: ProbeResult = {
  ok: false,
  error: { kind: 'connection-refused', message: 'connection refused (127.0.0.1:1)' },
  timings: { totalMs: 1 },
  redirects: [],
};

function options(overrides: Partial<HealthCheckOptions> = {}): HealthCheckOptions {
  return {
    urls: ['http://svc/healthz'],
    method: 'GET',
    headers: {},
    assertions: parseAssertions(['status 2xx']).assertions,
    timeoutMs: 60_000,
    intervalMs: 1000,
    maxIntervalMs: 8000,
    attemptTimeoutMs: 5000,
    successThreshold: 1,
    insecure: false,
    followRedirects: true,
    ...overrides,
  };
}

/** Scripted answers, one per call, the last one repeating. */
function scripted(answers: ProbeResult[], host: ReturnType<typeof fakeHost>, costMs = 0) {
  const requests: ProbeRequest[] = [];
  return {
    requests,
    probe: async (request: ProbeRequest) => {
      requests.push(request);
      host.advance(costMs);
      return answers[Math.min(requests.length - 1, answers.length - 1)];
    },
  };
}

describe('backoff', () => {
  it('grows exponentially up to the cap, scaled by the injected random source (full jitter)', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 1000, 8000, () => 0.999999))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(backoffDelay(3, 1000, 8000, () => 0.5)).toBe(2000);
    expect(backoffDelay(3, 1000, 8000, () => 0)).toBe(0);
    expect(backoffDelay(200, 1000, 8000, () => 1)).toBe(8000);
  });

  it('leaves every attempt a fair window before the deadline, and starts none without one', () => {
    expect(nextDelay(500, 10_000, 1000)).toBe(500);
    expect(nextDelay(20_000, 10_000, 1000)).toBe(9000);
    expect(nextDelay(9500, 10_000, 1000)).toBe(9000);
    expect(nextDelay(0, 800, 1000)).toBeUndefined();
    expect(nextDelay(8000, 1000, 1000)).toBeUndefined();
    expect(nextDelay(8000, 1001, 1000)).toBe(1);
    expect(nextDelay(10, 0, 50)).toBeUndefined();
    expect(minAttemptWindow({ timeoutMs: 300_000, attemptTimeoutMs: 10_000 })).toBe(1000);
    expect(minAttemptWindow({ timeoutMs: 2000, attemptTimeoutMs: 10_000 })).toBe(200);
    expect(minAttemptWindow({ timeoutMs: 200, attemptTimeoutMs: 10_000 })).toBe(50);
    expect(minAttemptWindow({ timeoutMs: 60_000, attemptTimeoutMs: 300 })).toBe(300);
  });

  it('hides URL passwords and redacts registered secrets', () => {
    expect(displayUrl('https://bot:hunter22@host/x')).toBe('https://bot:***@host/x');
    expect(new SecretMask(['hunter22', 'ab']).apply('pw hunter22 ab')).toBe('pw *** ab');
  });

  it.each([
    ['ECONNREFUSED', 'connection-refused'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ECONNRESET', 'connection-reset'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['EHOSTUNREACH', 'network'],
  ])('classifies %s as %s', (code, kind) => {
    expect(classifyError(Object.assign(new Error(code), { code }), 'h:1').kind).toBe(kind);
  });
});

describe('waitUntilHealthy (fake clock, scripted probe)', () => {
  it('retries with backoff until the service comes up, logging one line per attempt', async () => {
    const host = fakeHost();
    const fake = scripted([refused, refused, answer(503), answer(200)], host);
    const lines: string[] = [];
    const result = await waitUntilHealthy(options(), {
      ...host,
      probe: fake.probe,
      random: () => 0.5,
      log: (l) => lines.push(l),
    });
    expect(result).toMatchObject({ healthy: true, attempts: 4, timedOut: false });
    expect(host.sleeps).toEqual([500, 1000, 2000]);
    expect(result.elapsedMs).toBe(3500);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'http://svc/healthz attempt 1: connection-refused in 1ms, failed: connection refused (127.0.0.1:1); next attempt in 500ms',
    );
    expect(lines[2]).toContain('HTTP 503 in 5ms, failed: status 2xx: got 503');
    expect(lines[3]).toBe('http://svc/healthz attempt 4: HTTP 200 in 5ms, ok (1/1 consecutive)');
    expect(result.targets[0].history.map((a) => a.errorKind)).toEqual([
      'connection-refused',
      'connection-refused',
      'assertion',
      undefined,
    ]);
  });

  it('needs success-threshold consecutive passes: a flapping service resets the streak', async () => {
    const host = fakeHost();
    const fake = scripted([answer(200), answer(500), answer(200), answer(200), answer(200)], host);
    const result = await waitUntilHealthy(options({ successThreshold: 3 }), {
      ...host,
      probe: fake.probe,
      random: () => 1,
    });
    expect(result.healthy).toBe(true);
    expect(result.attempts).toBe(5);
    expect(host.sleeps).toEqual([1000, 1000, 1000, 1000]);
  });

  it('gives up at the deadline with the last reason, never sleeping past it', async () => {
    const host = fakeHost();
    const fake = scripted([answer(500)], host, 100);
    const result = await waitUntilHealthy(options({ timeoutMs: 30_000 }), {
      ...host,
      probe: fake.probe,
      random: () => 1,
    });
    expect(result).toMatchObject({ healthy: false, timedOut: true });
    expect(result.elapsedMs).toBeLessThanOrEqual(30_000);
    expect(result.targets[0]).toMatchObject({
      lastStatus: 500,
      lastErrorKind: 'assertion',
      lastDetail: 'status 2xx: got 500',
    });
    expect(Math.max(...host.sleeps)).toBeLessThanOrEqual(8000);
    expect(fake.requests.every((r) => r.timeoutMs <= 5000)).toBe(true);
  });

  it('bounds each attempt by the time left before the deadline', async () => {
    const host = fakeHost();
    const fake = scripted([refused], host, 0);
    await waitUntilHealthy(
      options({ timeoutMs: 3000, attemptTimeoutMs: 10_000, intervalMs: 1000, maxIntervalMs: 1000 }),
      { ...host, probe: fake.probe, random: () => 1 },
    );
    expect(fake.requests[0].timeoutMs).toBe(3000);
    expect(fake.requests.at(-1)!.timeoutMs).toBeLessThanOrEqual(1000);
  });

  it('checks several URLs concurrently and is healthy only when all are', async () => {
    const host = fakeHost();
    const probe = async (r: ProbeRequest) => (r.url.includes('good') ? answer(200) : answer(404));
    const result = await waitUntilHealthy(options({ urls: ['http://good/', 'http://bad/'], timeoutMs: 5000 }), {
      ...host,
      probe,
      random: () => 1,
    });
    expect(result.healthy).toBe(false);
    expect(result.targets.map((t) => [t.url, t.healthy, t.lastStatus])).toEqual([
      ['http://good/', true, 200],
      ['http://bad/', false, 404],
    ]);
    expect(result.targets[0].attempts).toBe(1);
    // 1s, 2s, then the last attempt pulled in to leave its window: a handful of attempts, never a spin.
    expect(result.targets[1].attempts).toBe(4);
  });

  it('redacts secrets from details and log lines (a server echoing a token in its body)', async () => {
    const host = fakeHost();
    const echo = answer(200, '{"status":"down","auth":"Bearer tok-9f8e7d"}');
    const lines: string[] = [];
    const result = await waitUntilHealthy(
      options({ assertions: parseAssertions(['body contains "status":"ok"']).assertions, timeoutMs: 2000 }),
      {
        ...host,
        probe: async () => echo,
        random: () => 1,
        log: (l) => lines.push(l),
        redact: new SecretMask(['tok-9f8e7d']).redact,
      },
    );
    expect(result.targets[0].lastDetail).toContain('Bearer ***');
    expect(JSON.stringify(result) + lines.join('\n')).not.toContain('tok-9f8e7d');
  });
});
