import { resourceByPlural } from '../resources.js';
import { metaOf, type Obj } from '../types.js';
import type { ControllerContext } from './context.js';
import type { ContainerSpec, KeyRef } from './pod-spec.js';

/** One key of a ConfigMap's or Secret's data, as stored (Secret values base64). */
function dataKey(ctx: ControllerContext, plural: string, namespace: string | undefined, ref: KeyRef) {
  const data = ctx.store.get(resourceByPlural(plural), namespace, ref.name)?.data as Record<string, string> | undefined;
  return data?.[ref.key];
}

/** Resolves a container's env (value, configMapKeyRef, secretKeyRef, fieldRef) like a kubelet. */
export function containerEnv(ctx: ControllerContext, pod: Obj, c: ContainerSpec): Record<string, string> {
  const env: Record<string, string> = {};
  const meta = metaOf(pod);
  for (const e of c.env ?? []) {
    if (e.value !== undefined) env[e.name] = String(e.value);
    const from = e.valueFrom ?? {};
    if (from.configMapKeyRef) env[e.name] = dataKey(ctx, 'configmaps', meta.namespace, from.configMapKeyRef) ?? '';
    if (from.secretKeyRef) {
      const raw = dataKey(ctx, 'secrets', meta.namespace, from.secretKeyRef);
      env[e.name] = raw ? Buffer.from(raw, 'base64').toString() : '';
    }
    if (from.fieldRef?.fieldPath === 'metadata.name') env[e.name] = meta.name;
    if (from.fieldRef?.fieldPath === 'metadata.namespace') env[e.name] = meta.namespace as string;
  }
  return env;
}
