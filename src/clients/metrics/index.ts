import type { ProviderName, Providers } from '../../core/analysis/types.js';
import { HttpKubeClient, loadKubeAccess } from '../kube/index.js';
import type { HttpSourceOptions } from './http-json.js';
import { createKubernetesProvider } from './kubernetes.js';
import { createPrometheusProvider } from './prometheus.js';
import { createWebProvider } from './web.js';
import { ConfigError } from '../../shared/errors.js';

export { createPrometheusProvider } from './prometheus.js';
export { createWebProvider } from './web.js';
export { createKubernetesProvider } from './kubernetes.js';
export { KUBERNETES_SIGNALS } from './kubernetes-signals.js';

export interface ProviderSettings extends HttpSourceOptions {
  address?: string;
  kubeconfig?: string;
  context?: string;
  env: Readonly<Record<string, string | undefined>>;
  secret(value: string): void;
}

export interface OpenProviders {
  providers: Providers;
  /** What each provider talks to, for the log (no credentials). */
  targets: string[];
  close(): Promise<void>;
}

/** Opens only the providers the metrics use, so a web-only analysis needs no Prometheus address. */
export async function openProviders(needed: ReadonlySet<ProviderName>, s: ProviderSettings): Promise<OpenProviders> {
  const providers: Providers = {};
  const targets: string[] = [];
  const closers: (() => Promise<void>)[] = [];
  if (needed.has('prometheus')) {
    if (!s.address) throw ConfigError.single('address', 'is required for prometheus metrics');
    const prometheus = await createPrometheusProvider({ ...s, address: s.address });
    providers.prometheus = prometheus;
    closers.push(() => prometheus.close());
    targets.push(`prometheus ${new URL(s.address).origin}`);
  }
  if (needed.has('web')) {
    const web = await createWebProvider(s);
    providers.web = web;
    closers.push(() => web.close());
    targets.push('web (JSON endpoints)');
  }
  if (needed.has('kubernetes')) {
    const access = loadKubeAccess({
      content: s.kubeconfig,
      context: s.context,
      env: s.env,
      secret: (v) => s.secret(v),
    });
    providers.kubernetes = createKubernetesProvider(new HttpKubeClient(access));
    targets.push(`kubernetes context '${access.context}' from ${access.source}`);
  }
  return { providers, targets, close: async () => void (await Promise.all(closers.map((close) => close()))) };
}
