import type { Obj } from '../types.js';
import { R, type ControllerContext } from './context.js';
import { syncDeployment } from './deployment.js';
import { syncEndpoints } from './endpoints.js';
import { collectGarbage } from './gc.js';
import { Kubelet } from './kubelet.js';
import type { KubeletTiming } from './pod-status.js';
import { syncReplicaSet } from './replicaset.js';
import { syncWorkloadSets } from './workload-sets.js';

/**
 * Runs every controller whenever the store changes (coalesced) and on a steady tick (for
 * timers: readiness delays, crash restarts, progress deadlines). Errors (e.g. a 409 racing a
 * client write) are retried on the next pass, as informers requeue.
 */
export class ControllerLoop {
  readonly kubelet: Kubelet;
  private scheduled = false;
  private running = false;
  private again = false;
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  lastError?: string;

  constructor(
    private readonly ctx: ControllerContext,
    timing: KubeletTiming,
    tickMs = 250,
  ) {
    this.kubelet = new Kubelet(ctx, timing, () => this.schedule());
    this.unsubscribe = ctx.store.subscribe((e) => {
      if (e.resource !== R.events) this.schedule();
    });
    this.timer = setInterval(() => this.schedule(), tickMs);
    this.schedule();
  }

  schedule(): void {
    if (this.running) return void (this.again = true);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.run());
  }

  private async each(list: Obj[], fn: (o: Obj) => unknown): Promise<void> {
    for (const o of list) {
      try {
        await fn(o);
      } catch (err) {
        this.lastError = (err as Error).message;
      }
    }
  }

  private async run(): Promise<void> {
    this.scheduled = false;
    this.running = true;
    this.again = false;
    const { store } = this.ctx;
    try {
      collectGarbage(this.ctx);
    } catch (err) {
      this.lastError = (err as Error).message;
    }
    await this.each(store.list(R.deployments), (d) => syncDeployment(this.ctx, d));
    await this.each(store.list(R.replicasets), (rs) => syncReplicaSet(this.ctx, rs));
    await this.each([...store.list(R.statefulsets), ...store.list(R.daemonsets)], (o) => syncWorkloadSets(this.ctx, o));
    await this.each(store.list(R.pods), (p) => this.kubelet.sync(p));
    await this.each([this.ctx], (ctx) => syncEndpoints(ctx as ControllerContext));
    this.running = false;
    if (this.again) this.schedule();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.unsubscribe();
    await this.kubelet.stop();
  }
}
