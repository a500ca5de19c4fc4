import type { ResourceType } from './resources.js';
import { isObject, type Obj } from './types.js';

/** A list field, or none when it is missing or not a list (validation reports those). */
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

function defaultContainer(c: Obj): void {
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  const tag =
    String(c.image ?? '')
      .split('/')
      .pop() ?? '';
  if (!c.imagePullPolicy)
    c.imagePullPolicy =
      tag.includes('@') || (tag.includes(':') && !tag.endsWith(':latest')) ? 'IfNotPresent' : 'Always';
  c.resources ??= {};
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (!isObject(probe)) continue;
    probe.timeoutSeconds ??= 1;
    probe.periodSeconds ??= 10;
    probe.successThreshold ??= 1;
    probe.failureThreshold ??= 3;
    if (isObject(probe.httpGet)) probe.httpGet.scheme ??= 'HTTP';
  }
  for (const p of c.ports ?? []) if (isObject(p)) p.protocol ??= 'TCP';
}

/** Pod spec defaults the API server applies (so templates compare like the real thing's). */
export function defaultPodSpec(spec: Obj | undefined): void {
  if (!isObject(spec)) return;
  const containers = [...listOf(spec.containers), ...listOf(spec.initContainers)];
  for (const c of containers) if (isObject(c)) defaultContainer(c);
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
}

function defaultTemplate(spec: Obj): void {
  spec.template ??= {};
  const template = spec.template as Obj;
  template.metadata ??= {};
  (template.metadata as Obj).creationTimestamp ??= null;
  defaultPodSpec(template.spec as Obj | undefined);
}

function defaultDeployment(spec: Obj): void {
  spec.replicas ??= 1;
  spec.strategy ??= { type: 'RollingUpdate' };
  const strategy = spec.strategy as Obj;
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    strategy.rollingUpdate ??= {};
    const rollingUpdate = strategy.rollingUpdate as Obj;
    rollingUpdate.maxUnavailable ??= '25%';
    rollingUpdate.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
}

let nextIp = 1;
let nextNodePort = 0;
function defaultService(spec: Obj): void {
  if (!spec.type) spec.type = 'ClusterIP';
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
  if (!spec.clusterIP) {
    spec.clusterIP = `10.96.${Math.floor(nextIp / 250)}.${(nextIp % 250) + 2}`;
    nextIp++;
  }
  for (const p of spec.ports ?? []) {
    if (!isObject(p)) continue;
    p.protocol ??= 'TCP';
    p.targetPort ??= p.port;
    if ((spec.type === 'NodePort' || spec.type === 'LoadBalancer') && !p.nodePort)
      p.nodePort = 30000 + (nextNodePort++ % 2768);
  }
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') spec.externalTrafficPolicy ??= 'Cluster';
}

/** Applies the API server's defaulting for a resource type (in place). */
export function applyDefaults(r: ResourceType, obj: Obj): void {
  obj.spec ??= ['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'pods', 'services', 'namespaces'].includes(
    r.plural,
  )
    ? {}
    : obj.spec;
  if (obj.spec === undefined) delete obj.spec;
  const spec = obj.spec as Obj;
  switch (r.plural) {
    case 'deployments':
      defaultDeployment(spec);
      defaultTemplate(spec);
      break;
    case 'replicasets':
      spec.replicas ??= 1;
      defaultTemplate(spec);
      break;
    case 'statefulsets':
      spec.replicas ??= 1;
      spec.podManagementPolicy ??= 'OrderedReady';
      spec.updateStrategy ??= { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };
      spec.revisionHistoryLimit ??= 10;
      defaultTemplate(spec);
      break;
    case 'daemonsets':
      spec.updateStrategy ??= { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } };
      spec.revisionHistoryLimit ??= 10;
      defaultTemplate(spec);
      break;
    case 'pods':
      defaultPodSpec(spec);
      break;
    case 'services':
      defaultService(spec);
      break;
    case 'namespaces':
      spec.finalizers ??= ['kubernetes'];
      break;
    case 'secrets':
      obj.type ??= 'Opaque';
      break;
  }
}
