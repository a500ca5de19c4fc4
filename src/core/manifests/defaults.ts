import { podSpecOf } from './images.js';
import type { Manifest } from './types.js';

type Port = { protocol?: string };

/**
 * Fills `protocol: TCP` into Service ports and container ports when omitted. The API server
 * defaults it anyway, but server-side apply on Kubernetes < 1.22 cannot build its patch for a
 * list keyed by (port, protocol) when the key is missing ("associative list with keys has an
 * element that omits key field protocol"), so the same manifest that `kubectl apply` takes
 * would fail there.
 */
export function fillProtocolDefaults(manifests: Manifest[]): void {
  for (const { object } of manifests) {
    const ports: Port[] = [];
    if (object.kind === 'Service') ports.push(...((object.spec as { ports?: Port[] } | undefined)?.ports ?? []));
    const pod = podSpecOf(object) as
      { containers?: { ports?: Port[] }[]; initContainers?: { ports?: Port[] }[] } | undefined;
    for (const container of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])])
      ports.push(...(container.ports ?? []));
    for (const port of ports) if (port && typeof port === 'object' && !port.protocol) port.protocol = 'TCP';
  }
}
