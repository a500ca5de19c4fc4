import type { Obj } from '../types.js';
import type { ControllerContext } from './context.js';

/** StatefulSet and DaemonSet controllers (see statefulset.ts / daemonset.ts). */
export async function syncWorkloadSets(ctx: ControllerContext, o: Obj): Promise<void> {
  void ctx;
  void o;
}
