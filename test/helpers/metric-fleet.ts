import { startDemoApp, type DemoApp, type DemoAppConfig } from '../../src/demo-app/app.js';

/** Demo-app versions on 127.0.0.1 serving real traffic, each exposing /metrics through prom-client. */
export interface Fleet {
  apps: Record<string, DemoApp>;
  /** host:port of every app, for Prometheus' static targets. */
  targets: string[];
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends about `rps` GET /api/items per second to one app until stopped. */
function drive(app: DemoApp, rps: number, running: () => boolean): Promise<void> {
  return (async () => {
    while (running()) {
      const batch = Array.from({ length: Math.max(1, Math.round(rps / 10)) }, () =>
        fetch(`${app.url}/api/items`)
          .then((r) => r.arrayBuffer())
          .catch(() => undefined),
      );
      await Promise.all([...batch, sleep(100)]);
    }
  })();
}

export async function startFleet(versions: Record<string, Partial<DemoAppConfig>>, rps = 40): Promise<Fleet> {
  const apps: Record<string, DemoApp> = {};
  for (const [version, config] of Object.entries(versions))
    apps[version] = await startDemoApp({
      version,
      latencyMs: 0,
      errorRate: 0,
      healthFail: false,
      crashOnStart: false,
      ...config,
    });
  let running = true;
  const drivers = Object.values(apps).map((app) => drive(app, rps, () => running));
  return {
    apps,
    targets: Object.values(apps).map((app) => `127.0.0.1:${app.port}`),
    async stop() {
      running = false;
      await Promise.all(drivers);
      await Promise.all(Object.values(apps).map((app) => app.close()));
    },
  };
}
