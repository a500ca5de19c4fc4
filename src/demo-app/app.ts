import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createAppMetrics, type AppMetrics } from './metrics.js';

/** The demo service's behaviour knobs, read from its (pod) environment. */
export interface DemoAppConfig {
  version: string;
  latencyMs: number;
  errorRate: number;
  healthFail: boolean;
  crashOnStart: boolean;
}

/** Parses the env a pod spec gives the demo app (VERSION, LATENCY_MS, ERROR_RATE, HEALTH_FAIL, CRASH_ON_START). */
export function demoConfig(env: Record<string, string | undefined>): DemoAppConfig {
  const num = (v: string | undefined, d: number) =>
    v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : d;
  return {
    version: env.VERSION || 'dev',
    latencyMs: Math.max(0, num(env.LATENCY_MS, 0)),
    errorRate: Math.min(1, Math.max(0, num(env.ERROR_RATE, 0))),
    healthFail: env.HEALTH_FAIL === 'true',
    crashOnStart: env.CRASH_ON_START === 'true',
  };
}

export interface DemoApp {
  url: string;
  port: number;
  close(): Promise<void>;
}

const ITEMS = [
  { id: 1, name: 'anvil', price: 42 },
  { id: 2, name: 'rocket skates', price: 150 },
  { id: 3, name: 'giant magnet', price: 99 },
];

function json(res: ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 1024 * 1024) throw new Error('body too large');
  }
  return text ? JSON.parse(text) : null;
}

async function serveMetrics(res: ServerResponse, metrics: AppMetrics): Promise<void> {
  const { contentType, body } = await metrics.expose();
  res.writeHead(200, { 'Content-Type': contentType });
  res.end(body);
}

/** Routes one request; the behaviour (latency, errors, failing health) comes from the config. */
export function demoHandler(
  config: DemoAppConfig,
  random: () => number = Math.random,
  log?: (line: string) => void,
  metrics: AppMetrics = createAppMetrics(config.version),
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    if (log)
      res.on('finish', () =>
        log(`${new Date().toISOString()} ${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`),
      );
    if (req.method === 'GET' && req.url === '/metrics') return serveMetrics(res, metrics);
    const t0 = performance.now();
    res.on('finish', () => metrics.record(res.statusCode, (performance.now() - t0) / 1000));
    if (config.latencyMs) await new Promise((r) => setTimeout(r, config.latencyMs));
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/api/') && random() < config.errorRate)
      return json(res, 500, { error: 'injected error', version: config.version });
    if (req.method === 'GET' && path === '/healthz') {
      return config.healthFail ? json(res, 503, { status: 'failing' }) : json(res, 200, { status: 'ok' });
    }
    if (req.method === 'GET' && path === '/version') return json(res, 200, { version: config.version });
    if (req.method === 'GET' && path === '/api/items') return json(res, 200, { items: ITEMS, version: config.version });
    if (req.method === 'POST' && path === '/api/echo') {
      try {
        return json(res, 200, { echo: await readJson(req), version: config.version });
      } catch {
        return json(res, 400, { error: 'body must be JSON' });
      }
    }
    return json(res, 404, { error: 'not found', path });
  };
}

/**
 * Starts the demo app on 127.0.0.1 (port 0 = ephemeral). The simulator runs one per pod of the
 * demo image; `deploy-kit`'s bundled CLI carries it, so nothing is loaded from a path.
 */
export async function startDemoApp(config: DemoAppConfig, port = 0, log?: (line: string) => void): Promise<DemoApp> {
  if (config.crashOnStart) {
    log?.(`${new Date().toISOString()} CRASH_ON_START=true: exiting at start`);
    throw new Error('CRASH_ON_START=true: exiting at start');
  }
  const handler = demoHandler(config, Math.random, log);
  const server = createServer((req, res) => void handler(req, res).catch(() => res.destroy()));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  log?.(
    `${new Date().toISOString()} demo-app ${config.version} listening on 127.0.0.1:${actual} (latency ${config.latencyMs}ms, error rate ${config.errorRate}, health ${config.healthFail ? 'failing' : 'ok'})`,
  );
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
