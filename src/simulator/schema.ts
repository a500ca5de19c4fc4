import { ApiError } from './api-error.js';
import type { ResourceType } from './resources.js';
import { isObject, type Obj } from './types.js';

/**
 * Known fields of the served types, for fieldValidation=Strict (kubectl 1.32 sends it on every
 * write): unknown fields are rejected with 400 like kube-apiserver's strict decoder. A field
 * mapped to '' is accepted with any content; 'X[]' is a list of X; 'map' a string map.
 */
const list = (s: string) => Object.fromEntries(s.split(' ').map((f) => [f, '']));
const TOP = { apiVersion: '', kind: '', metadata: 'ObjectMeta' };

const T: Record<string, Record<string, string>> = {
  ObjectMeta: {
    ...list(
      'name generateName namespace selfLink uid resourceVersion generation creationTimestamp deletionTimestamp deletionGracePeriodSeconds ownerReferences finalizers managedFields clusterName',
    ),
    labels: 'map',
    annotations: 'map',
  },
  PodTemplateSpec: { metadata: 'ObjectMeta', spec: 'PodSpec' },
  PodSpec: {
    ...list(
      'volumes ephemeralContainers restartPolicy terminationGracePeriodSeconds activeDeadlineSeconds dnsPolicy nodeSelector serviceAccountName serviceAccount automountServiceAccountToken nodeName hostNetwork hostPID hostIPC shareProcessNamespace securityContext imagePullSecrets hostname subdomain affinity schedulerName tolerations hostAliases priorityClassName priority dnsConfig readinessGates runtimeClassName enableServiceLinks preemptionPolicy overhead topologySpreadConstraints setHostnameAsFQDN os hostUsers schedulingGates resourceClaims resources',
    ),
    containers: 'Container[]',
    initContainers: 'Container[]',
  },
  Container: list(
    'name image command args workingDir ports envFrom env resources resizePolicy restartPolicy volumeMounts volumeDevices livenessProbe readinessProbe startupProbe lifecycle terminationMessagePath terminationMessagePolicy imagePullPolicy securityContext stdin stdinOnce tty',
  ),
  DeploymentSpec: {
    ...list('replicas selector strategy minReadySeconds revisionHistoryLimit paused progressDeadlineSeconds'),
    template: 'PodTemplateSpec',
  },
  ReplicaSetSpec: { ...list('replicas minReadySeconds selector'), template: 'PodTemplateSpec' },
  StatefulSetSpec: {
    ...list(
      'replicas selector volumeClaimTemplates serviceName podManagementPolicy updateStrategy revisionHistoryLimit minReadySeconds persistentVolumeClaimRetentionPolicy ordinals',
    ),
    template: 'PodTemplateSpec',
  },
  DaemonSetSpec: {
    ...list('selector updateStrategy minReadySeconds revisionHistoryLimit'),
    template: 'PodTemplateSpec',
  },
  ServiceSpec: list(
    'ports selector clusterIP clusterIPs type externalIPs sessionAffinity loadBalancerIP loadBalancerSourceRanges externalName externalTrafficPolicy healthCheckNodePort publishNotReadyAddresses sessionAffinityConfig ipFamilies ipFamilyPolicy allocateLoadBalancerNodePorts loadBalancerClass internalTrafficPolicy trafficDistribution',
  ),
  Deployment: { ...TOP, spec: 'DeploymentSpec', status: '' },
  ReplicaSet: { ...TOP, spec: 'ReplicaSetSpec', status: '' },
  StatefulSet: { ...TOP, spec: 'StatefulSetSpec', status: '' },
  DaemonSet: { ...TOP, spec: 'DaemonSetSpec', status: '' },
  Pod: { ...TOP, spec: 'PodSpec', status: '' },
  Service: { ...TOP, spec: 'ServiceSpec', status: '' },
  ConfigMap: { ...TOP, ...list('data binaryData immutable') },
  Secret: { ...TOP, ...list('data stringData type immutable') },
  Endpoints: { ...TOP, ...list('subsets') },
  ServiceAccount: { ...TOP, ...list('secrets imagePullSecrets automountServiceAccountToken') },
  Namespace: { ...TOP, ...list('spec status') },
  ControllerRevision: { ...TOP, ...list('data revision') },
};

function unknownFields(value: unknown, type: string, path: string, out: string[]): void {
  const fields = T[type];
  if (!fields || !isObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    const child = Object.hasOwn(fields, k) ? fields[k] : undefined;
    if (child === undefined) {
      out.push(path ? `${path}.${k}` : k);
      continue;
    }
    if (child.endsWith('[]') && Array.isArray(v))
      v.forEach((item, i) => unknownFields(item, child.slice(0, -2), `${path ? `${path}.` : ''}${k}[${i}]`, out));
    else if (child && child !== 'map') unknownFields(v, child, path ? `${path}.${k}` : k, out);
  }
}

/** Rejects unknown fields when the client asked for fieldValidation=Strict (400 BadRequest). */
export function checkStrict(r: ResourceType, obj: Obj, fieldValidation: string | undefined): void {
  if (fieldValidation !== 'Strict' || !T[r.kind]) return;
  const unknown: string[] = [];
  unknownFields(obj, r.kind, '', unknown);
  if (!unknown.length) return;
  const kind = r.kind;
  throw new ApiError(
    400,
    'BadRequest',
    `${kind} in version "${r.version}" cannot be handled as a ${kind}: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(', ')}`,
  );
}

function prune(value: unknown, type: string): void {
  const fields = T[type];
  if (!fields || !isObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    const child = Object.hasOwn(fields, k) ? fields[k] : undefined;
    if (child === undefined) delete value[k];
    else if (child.endsWith('[]') && Array.isArray(v)) v.forEach((item) => prune(item, child.slice(0, -2)));
    else if (child && child !== 'map') prune(v, child);
  }
}

/** Drops unknown fields (in place), as decoding into the typed structs of kube-apiserver does. */
export function pruneUnknown(r: ResourceType, obj: Obj): void {
  prune(obj, r.kind);
}
