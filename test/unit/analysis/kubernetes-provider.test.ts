import { describe, expect, it } from 'vitest';
import { createKubernetesProvider } from '../../../src/clients/metrics/kubernetes.js';
import type { KubeClient, KubeObject } from '../../../src/core/kube/types.js';
import type { ResolvedMetric } from '../../../src/core/analysis/types.js';

/** The simulator never OOM-kills, so this signal is checked on pod objects shaped as the kubelet reports them. */
const pods: KubeObject[] = [
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-1' },
    status: {
      containerStatuses: [{ restartCount: 2, lastState: { terminated: { reason: 'OOMKilled' } } }, { restartCount: 0 }],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-2' },
    status: { containerStatuses: [{ restartCount: 1, state: { terminated: { reason: 'OOMKilled' } } }] },
  },
];
const client = {
  list: (_v: string, kind: string) => Promise.resolve({ items: kind === 'Pod' ? pods : [], resourceVersion: '1' }),
} as unknown as KubeClient;
const metric = (query: string): ResolvedMetric => ({
  name: query,
  provider: 'kubernetes',
  query,
  selector: 'app=web',
  direction: 'increase',
  vars: { namespace: 'shop' },
});

describe('kubernetes provider signals', () => {
  it('counts OOMKilled containers (current or last state) and restarts', async () => {
    const provider = createKubernetesProvider(client);
    expect(await provider.measure(metric('oom-killed'))).toEqual({ kind: 'value', value: 2 });
    expect(await provider.measure(metric('restarts'))).toEqual({ kind: 'value', value: 3 });
  });
});
