import type { Obj } from './types.js';

type Column = [name: string, type: string, cell: (o: Obj) => string | number, priority?: number];

/** "5s", "3m", "2h", "4d": how the API server renders ages in tables. */
export function age(timestamp: string | undefined, now = Date.now()): string {
  if (!timestamp) return '<unknown>';
  const s = Math.max(0, Math.floor((now - Date.parse(timestamp)) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 600) return `${Math.floor(s / 60)}m${s % 60 ? `${s % 60}s` : ''}`;
  if (s < 3 * 3600) return `${Math.floor(s / 60)}m`;
  if (s < 48 * 3600) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

function podStatus(p: Obj): string {
  if (p.metadata.deletionTimestamp) return 'Terminating';
  const waiting = (p.status?.containerStatuses ?? []).map((c: Obj) => c.state?.waiting?.reason).find(Boolean);
  return waiting ?? p.status?.phase ?? 'Pending';
}

const n = (v: unknown) => Number(v ?? 0);
const containers = (o: Obj) => (o.spec?.template?.spec?.containers ?? []) as Obj[];
const name: Column = ['Name', 'string', (o) => o.metadata.name];
const ageCol: Column = ['Age', 'string', (o) => age(o.metadata.creationTimestamp)];

const COLUMNS: Record<string, Column[]> = {
  Pod: [
    name,
    [
      'Ready',
      'string',
      (p) =>
        `${(p.status?.containerStatuses ?? []).filter((c: Obj) => c.ready).length}/${(p.spec?.containers ?? []).length}`,
    ],
    ['Status', 'string', podStatus],
    [
      'Restarts',
      'integer',
      (p) => (p.status?.containerStatuses ?? []).reduce((t: number, c: Obj) => t + n(c.restartCount), 0),
    ],
    ageCol,
    ['IP', 'string', (p) => p.status?.podIP ?? '<none>', 1],
    ['Node', 'string', (p) => p.spec?.nodeName ?? '<none>', 1],
  ],
  Deployment: [
    name,
    ['Ready', 'string', (d) => `${n(d.status?.readyReplicas)}/${n(d.spec?.replicas)}`],
    ['Up-to-date', 'integer', (d) => n(d.status?.updatedReplicas)],
    ['Available', 'integer', (d) => n(d.status?.availableReplicas)],
    ageCol,
    [
      'Containers',
      'string',
      (d) =>
        containers(d)
          .map((c) => c.name)
          .join(','),
      1,
    ],
    [
      'Images',
      'string',
      (d) =>
        containers(d)
          .map((c) => c.image)
          .join(','),
      1,
    ],
  ],
  ReplicaSet: [
    name,
    ['Desired', 'integer', (r) => n(r.spec?.replicas)],
    ['Current', 'integer', (r) => n(r.status?.replicas)],
    ['Ready', 'integer', (r) => n(r.status?.readyReplicas)],
    ageCol,
  ],
  StatefulSet: [name, ['Ready', 'string', (s) => `${n(s.status?.readyReplicas)}/${n(s.spec?.replicas)}`], ageCol],
  DaemonSet: [
    name,
    ['Desired', 'integer', (d) => n(d.status?.desiredNumberScheduled)],
    ['Current', 'integer', (d) => n(d.status?.currentNumberScheduled)],
    ['Ready', 'integer', (d) => n(d.status?.numberReady)],
    ['Up-to-date', 'integer', (d) => n(d.status?.updatedNumberScheduled)],
    ['Available', 'integer', (d) => n(d.status?.numberAvailable)],
    [
      'Node Selector',
      'string',
      (d) =>
        Object.entries(d.spec?.template?.spec?.nodeSelector ?? {})
          .map(([k, v]) => `${k}=${v}`)
          .join(',') || '<none>',
    ],
    ageCol,
  ],
  Service: [
    name,
    ['Type', 'string', (s) => s.spec?.type ?? 'ClusterIP'],
    ['Cluster-IP', 'string', (s) => s.spec?.clusterIP ?? '<none>'],
    ['External-IP', 'string', (s) => (s.spec?.type === 'LoadBalancer' ? '<pending>' : '<none>')],
    [
      'Port(s)',
      'string',
      (s) =>
        (s.spec?.ports ?? [])
          .map((p: Obj) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
          .join(',') || '<none>',
    ],
    ageCol,
  ],
  Namespace: [name, ['Status', 'string', (ns) => ns.status?.phase ?? 'Active'], ageCol],
  ConfigMap: [
    name,
    ['Data', 'integer', (c) => Object.keys(c.data ?? {}).length + Object.keys(c.binaryData ?? {}).length],
    ageCol,
  ],
  Secret: [
    name,
    ['Type', 'string', (s) => s.type ?? 'Opaque'],
    ['Data', 'integer', (s) => Object.keys(s.data ?? {}).length],
    ageCol,
  ],
  Endpoints: [
    name,
    [
      'Endpoints',
      'string',
      (e) => {
        const addrs = (e.subsets ?? []).flatMap((s: Obj) =>
          (s.addresses ?? []).flatMap((a: Obj) => (s.ports ?? []).map((p: Obj) => `${a.ip}:${p.port}`)),
        );
        return addrs.length
          ? addrs.slice(0, 3).join(',') + (addrs.length > 3 ? ` + ${addrs.length - 3} more...` : '')
          : '<none>';
      },
    ],
    ageCol,
  ],
  ServiceAccount: [name, ['Secrets', 'integer', (s) => (s.secrets ?? []).length], ageCol],
  ControllerRevision: [
    name,
    [
      'Controller',
      'string',
      (c) => {
        const o = (c.metadata.ownerReferences ?? [])[0];
        return o ? `${o.kind.toLowerCase()}.apps/${o.name}` : '<none>';
      },
    ],
    ['Revision', 'integer', (c) => n(c.revision)],
    ageCol,
  ],
  Event: [
    ['Last Seen', 'string', (e) => age(e.lastTimestamp ?? e.metadata.creationTimestamp)],
    ['Type', 'string', (e) => e.type ?? ''],
    ['Reason', 'string', (e) => e.reason ?? ''],
    [
      'Object',
      'string',
      (e) => `${String(e.involvedObject?.kind ?? '').toLowerCase()}/${e.involvedObject?.name ?? ''}`,
    ],
    ['Message', 'string', (e) => e.message ?? ''],
  ],
};

/** True when the client asked for server-side printing (kubectl get without -o). */
export const wantsTable = (accept: string | undefined): boolean => /as=Table/.test(accept ?? '');

/** A meta.k8s.io Table of objects, as kubectl prints it. */
export function toTable(
  kind: string,
  items: Obj[],
  resourceVersion: string,
  includeObject = 'Metadata',
  withColumns = true,
): Obj {
  const cols = COLUMNS[kind] ?? [name, ageCol];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: withColumns
      ? cols.map(([title, type, , priority]) => ({
          name: title,
          type,
          format: title === 'Name' ? 'name' : '',
          description: title,
          priority: priority ?? 0,
        }))
      : [],
    rows: items.map((o) => ({
      cells: cols.map(([, , cell]) => cell(o)),
      object:
        includeObject === 'Object'
          ? o
          : includeObject === 'None'
            ? undefined
            : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}
