import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from './api.js';
import { R } from './controllers/context.js';
import { EventRecorder } from './controllers/events.js';
import { ControllerLoop } from './controllers/loop.js';
import { FaultState, type FaultControls } from './faults.js';
import { renderKubeconfig } from './kubeconfig.js';
import { createListener } from './server.js';
import { ServiceProxies } from './service-proxy.js';
import { ObjectStore } from './store.js';
import { selfSignedCert } from './tls.js';
import { WatchHub } from './watch.js';

export type { FaultControls } from './faults.js';
export { URL_ANNOTATION } from './service-proxy.js';

/** Options of startSimulator(); every one has a default that suits tests. */
export interface SimulatorOptions {
  port?: number;
  host?: '127.0.0.1';
  /** Where to write the kubeconfig (default: a new temp dir). */
  kubeconfigPath?: string;
  /** Bearer token clients must send (default: random). */
  token?: string;
  /** How long a normal pod takes to become Ready (default 300 ms). */
  podReadyDelayMs?: number;
  /**
   * Serve HTTPS with a self-signed certificate made with openssl (default true; the kubeconfig
   * carries the CA). kubectl never sends a bearer token over plain http, so false suits only
   * clients that do (client-node).
   */
  tls?: boolean;
  /** Image names containing "slow" become Ready after this long (default 5000 ms). */
  slowReadyMs?: number;
  /** CrashLoopBackOff restart interval (default 3000 ms). */
  crashPeriodMs?: number;
  /** Watch bookmark interval when clients ask for bookmarks (default 5000 ms). */
  bookmarkMs?: number;
}

/** A running simulator (see INTERFACES.md); stop() ends watches, pods, Service proxies and the server. */
export interface SimulatorHandle {
  url: string;
  kubeconfigPath: string;
  /** The kubeconfig YAML. */
  kubeconfig: string;
  token: string;
  /** http://127.0.0.1:PORT proxying to the Service's ready pods, or undefined if there is no such Service. */
  serviceUrl(namespace: string, name: string): string | undefined;
  faults: FaultControls;
  stop(): Promise<void>;
}

/**
 * Starts the embedded Kubernetes API simulator: the API server on 127.0.0.1, the controllers
 * (deployment, replicaset, statefulset, daemonset, garbage collector, namespaces), the kubelet
 * stand-in and the Service proxies. Resolves once it serves and the kubeconfig is written.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const store = new ObjectStore();
  let proxies: ServiceProxies | undefined;
  const api = new Api(store, {
    beforeCreate: async (r, obj) => (r === R.services ? proxies?.allocate(obj) : undefined),
  });
  for (const name of ['default', 'kube-system', 'kube-public', 'kube-node-lease'])
    await api.create(R.namespaces, undefined, { metadata: { name } });
  const ctx = { api, store, events: new EventRecorder(api) };
  const loop = new ControllerLoop(ctx, {
    readyDelayMs: options.podReadyDelayMs ?? 300,
    crashPeriodMs: options.crashPeriodMs ?? 3000,
    slowReadyMs: options.slowReadyMs ?? 5000,
    pullBackoffMs: 2000,
    terminationMs: 200,
  });
  proxies = new ServiceProxies(store, () => loop.kubelet);
  const hub = new WatchHub(store, options.bookmarkMs ?? 5000);
  const faults = new FaultState();
  let url = '';
  const podLogs = (ns: string, name: string, container?: string) => {
    const pod = store.get(R.pods, ns, name);
    return pod ? loop.kubelet.logsOf(pod, container) : undefined;
  };
  const listener = createListener({ api, hub, faults, token, address: () => new URL(url).host, podLogs });
  const tls = options.tls !== false ? await selfSignedCert() : undefined;
  const server: Server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, listener) : createServer(listener);
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  url = `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const kubeconfig = renderKubeconfig(url, token, tls?.cert);
  const tempDir = options.kubeconfigPath ? undefined : mkdtempSync(join(tmpdir(), 'dk-sim-'));
  const kubeconfigPath = options.kubeconfigPath ?? join(tempDir!, 'kubeconfig');
  await writeFile(kubeconfigPath, kubeconfig, { mode: 0o600 });
  return {
    url,
    kubeconfigPath,
    kubeconfig,
    token,
    serviceUrl: (ns, name) => proxies?.url(ns, name),
    faults: faults.controls(
      () => hub.dropAll(),
      () => store.compact(),
    ),
    stop: async () => {
      hub.dropAll();
      await loop.stop();
      await proxies?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    },
  };
}
