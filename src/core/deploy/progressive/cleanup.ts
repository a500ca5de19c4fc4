import type { KubeClient, ObjectRef } from '../../kube/types.js';
import { selectorPatch } from './blue-green.js';
import { selectorOf, serviceRef, trackName } from './objects.js';
import { HTTP_ROUTE, INGRESS } from './plan.js';
import { gatewayRouter, ingressRouter } from './routes.js';
import { progressiveManager, removeTrack } from './session.js';
import { clearState, type ProgressState } from './state.js';

async function resetRoute(client: KubeClient, namespace: string, state: ProgressState, fieldManager: string) {
  if (!state.route || state.mode === 'replicas') return;
  const kind = state.mode === 'gateway-api' ? HTTP_ROUTE : INGRESS;
  const route = await client.get({ ...kind, name: state.route, namespace });
  if (!route) return;
  const make = state.mode === 'gateway-api' ? gatewayRouter : ingressRouter;
  const router = make(client, route, state.stableService, state.workload, fieldManager);
  await router.reset();
  await router.cleanup();
}

async function restoreSelector(client: KubeClient, namespace: string, state: ProgressState, fieldManager: string) {
  if (!state.switched || !state.activeSelector) return;
  const ref = serviceRef(namespace, state.stableService);
  const live = await client.get(ref);
  if (!live) return;
  const current = selectorOf(live);
  await client.patch(ref, selectorPatch(current, state.activeSelector), 'merge', progressiveManager(fieldManager));
}

/**
 * Aborts a progressive release from its recorded state alone (a re-run of another template,
 * `deploy-kit canary abort`): traffic back to stable first, then the canary/preview objects and
 * the state go. Returns what it removed.
 */
export async function abortFromState(
  client: KubeClient,
  stable: ObjectRef,
  state: ProgressState,
  fieldManager: string,
): Promise<string[]> {
  const namespace = stable.namespace ?? '';
  await resetRoute(client, namespace, state, fieldManager);
  await restoreSelector(client, namespace, state, fieldManager);
  const track = state.strategy === 'canary' ? 'canary' : 'preview';
  const removed = await removeTrack(client, namespace, stable.name, track, fieldManager);
  await clearState(client, stable, fieldManager);
  return removed.length ? removed : [`${trackName(stable.name, track)} (already gone)`];
}
