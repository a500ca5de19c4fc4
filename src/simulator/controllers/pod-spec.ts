import type { Obj } from '../types.js';

/** A key of a ConfigMap or Secret an env var reads. */
export interface KeyRef {
  name: string;
  key: string;
}

export interface EnvVar {
  name: string;
  value?: string | number | boolean;
  valueFrom?: { configMapKeyRef?: KeyRef; secretKeyRef?: KeyRef; fieldRef?: { fieldPath?: string } };
}

/** The container fields the kubelet stand-in reads, typed (the stored pod stays loose JSON). */
export interface ContainerSpec {
  name: string;
  image: string;
  env?: EnvVar[];
  readinessProbe?: { httpGet?: { path?: string } };
}

/** The containers of a pod (validation guarantees the list). */
export const containersOf = (pod: Obj): ContainerSpec[] => (pod.spec as { containers: ContainerSpec[] }).containers;
