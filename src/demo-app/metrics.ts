import { randomBytes } from 'node:crypto';
import { Counter, Histogram, Registry } from 'prom-client';

/** Latency buckets (seconds) around what the demo answers: a few ms healthy, hundreds when slowed. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface AppMetrics {
  /** Records one answered request (the /metrics scrape itself is not counted). */
  record(status: number, seconds: number): void;
  /** The Prometheus text exposition and its content type. */
  expose(): Promise<{ contentType: string; body: string }>;
}

/**
 * The demo app's RED metrics through prom-client, one registry per app so several versions in one
 * process (the simulator's pods, tests) never share counters. Names follow Prometheus conventions,
 * so the queries in actions/analyze/README.md work against it unchanged. Every series carries the
 * pod (a random id per process start; several pods share one simulator process): scraped through a round-robin Service, each pod's counters stay
 * their own series, so rate() and sum() stay right.
 */
export function createAppMetrics(version: string, pod = randomBytes(4).toString('hex')): AppMetrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by status code and version.',
    labelNames: ['code', 'version', 'pod'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by version.',
    labelNames: ['version', 'pod'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return {
    record(status, seconds) {
      requests.inc({ code: String(status), version, pod });
      latency.observe({ version, pod }, seconds);
    },
    async expose() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
