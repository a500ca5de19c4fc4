import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { podReady, R } from './controllers/context.js';
import type { Kubelet } from './controllers/kubelet.js';
import { selectorMatches } from './selectors.js';
import type { ObjectStore } from './store.js';
import { metaOf, type Obj } from './types.js';

/** Annotation carrying a Service's 127.0.0.1 URL. */
export const URL_ANNOTATION = 'sim.deploy-kit.dev/url';

/**
 * One 127.0.0.1 port per Service, allocated when the Service is created, that forwards each
 * request round-robin to a READY pod matching the selector (so traffic follows rollouts).
 */
export class ServiceProxies {
  private readonly servers = new Map<string, { server: Server; url: string }>();
  private turn = 0;

  constructor(
    private readonly store: ObjectStore,
    private readonly kubelet: () => Kubelet,
  ) {
    store.subscribe((e) => {
      if (e.resource === R.services && e.type === 'DELETED')
        void this.close(`${metaOf(e.object).namespace}/${metaOf(e.object).name}`);
    });
  }

  url(namespace: string, name: string): string | undefined {
    return this.servers.get(`${namespace}/${name}`)?.url;
  }

  /** Called before a Service is stored: listens and records the URL annotation. */
  async allocate(svc: Obj): Promise<void> {
    const meta = metaOf(svc);
    const namespace = meta.namespace ?? 'default';
    const key = `${namespace}/${meta.name}`;
    await this.close(key);
    const server = createServer((req, res) => this.forward(namespace, meta.name, req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    this.servers.set(key, { server, url });
    meta.annotations = { ...meta.annotations, [URL_ANNOTATION]: url };
  }

  private endpoints(namespace: string, name: string): string[] {
    const svc = this.store.get(R.services, namespace, name);
    const selector = (svc?.spec as { selector?: Record<string, string> } | undefined)?.selector;
    if (!selector) return [];
    const kubelet = this.kubelet();
    return this.store
      .list(R.pods, namespace)
      .filter(
        (p) =>
          !metaOf(p).deletionTimestamp && podReady(p) && selectorMatches({ matchLabels: selector }, metaOf(p).labels),
      )
      .map((p) => kubelet.endpointOf(p))
      .filter((u): u is string => Boolean(u));
  }

  private forward(namespace: string, name: string, req: IncomingMessage, res: ServerResponse): void {
    const targets = this.endpoints(namespace, name);
    if (!targets.length) {
      res.writeHead(503, { 'Content-Type': 'application/json' });
      return void res.end(JSON.stringify({ error: `no ready endpoints for service ${namespace}/${name}` }));
    }
    const target = new URL(req.url ?? '/', targets[this.turn++ % targets.length]);
    const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'upstream pod failed' }));
    });
    req.pipe(upstream);
  }

  private async close(key: string): Promise<void> {
    const entry = this.servers.get(key);
    this.servers.delete(key);
    if (!entry) return;
    entry.server.closeAllConnections();
    await new Promise<void>((resolve) => entry.server.close(() => resolve()));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.servers.keys()].map((k) => this.close(k)));
  }
}
