import type { Obj } from '../types.js';
import type { ControllerContext } from './context.js';
import { syncDaemonSet } from './daemonset.js';
import { syncStatefulSet } from './statefulset.js';

/** Dispatches StatefulSets and DaemonSets to their controllers. */
export async function syncWorkloadSets(ctx: ControllerContext, o: Obj): Promise<void> {
  if (o.kind === 'StatefulSet') await syncStatefulSet(ctx, o);
  else if (o.kind === 'DaemonSet') await syncDaemonSet(ctx, o);
}
