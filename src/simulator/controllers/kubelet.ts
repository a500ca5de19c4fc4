import { metaOf, type Obj } from '../types.js';
import { containerEnv } from './container-env.js';
import { R, type ControllerContext } from './context.js';
import { containerEvents, type Say } from './kubelet-events.js';
import { desiredPodStatus, fingerprint, isDemoApp, type KubeletTiming } from './pod-status.js';
import { probe, startApp, type PodRuntime } from './pod-runtime.js';
import { containersOf } from './pod-spec.js';

/** The one node every pod is bound to. */
export const NODE_NAME = 'sim-node-1';

const demoContainer = (pod: Obj) => containersOf(pod).find((c) => isDemoApp(c.image));

/**
 * The kubelet stand-in: binds pods to one node, "runs" them (demo-app images really serve HTTP
 * in-process), applies the image-name failure conventions and records kubelet Events.
 */
export class Kubelet {
  private readonly pods = new Map<string, PodRuntime>();
  private nextIp = 2;

  constructor(
    private readonly ctx: ControllerContext,
    private readonly timing: KubeletTiming,
    private readonly wake: () => void,
  ) {
    ctx.store.subscribe((e) => {
      if (e.resource === R.pods && e.type === 'DELETED') void this.forget(metaOf(e.object).uid ?? '');
    });
  }

  /** 127.0.0.1 URL of a ready demo-app pod, for Service proxies. */
  endpointOf(pod: Obj): string | undefined {
    const rt = this.pods.get(metaOf(pod).uid ?? '');
    return rt?.appState === 'running' ? rt.app?.url : undefined;
  }

  /** Log lines of a pod's demo-app container (what `kubectl logs` shows). */
  logsOf(pod: Obj, container?: string): string | undefined {
    const rt = this.pods.get(metaOf(pod).uid ?? '');
    const demo = demoContainer(pod);
    if (!rt || !demo || (container && container !== demo.name)) return undefined;
    return rt.logs.map((l) => `${l}\n`).join('');
  }

  private async forget(uid: string): Promise<void> {
    const rt = this.pods.get(uid);
    this.pods.delete(uid);
    await rt?.app?.close();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.pods.keys()].map((uid) => this.forget(uid)));
  }

  /** Records the pod's Events under keys, so each is said once (or once per key when repeated). */
  private sayFor(pod: Obj, rt: PodRuntime): Say {
    return (key, type, reason, message, repeat = false) => {
      if (!repeat && rt.said.has(key)) return;
      rt.said.add(key);
      const source = reason === 'Scheduled' ? 'default-scheduler' : 'kubelet';
      this.ctx.events.record(pod, type, reason, message, source, NODE_NAME);
    };
  }

  /** A deleted pod: stop its container, then finish the deletion like a kubelet (grace period 0). */
  private terminate(pod: Obj, rt: PodRuntime): void {
    const meta = metaOf(pod);
    if (rt.terminatingSince === undefined) {
      rt.terminatingSince = Date.now();
      void rt.app?.close();
      rt.appState = 'none';
      const names = containersOf(pod).map((c) => c.name);
      this.sayFor(pod, rt)('killing', 'Normal', 'Killing', `Stopping container ${names.join(', ')}`);
    }
    if (Date.now() - rt.terminatingSince < this.timing.terminationMs) return;
    this.ctx.api.delete(R.pods, meta.namespace, meta.name, { gracePeriodSeconds: 0, preconditions: { uid: meta.uid } });
  }

  private runtimeOf(pod: Obj): PodRuntime {
    const uid = metaOf(pod).uid ?? '';
    let rt = this.pods.get(uid);
    if (!rt) {
      rt = {
        createdAt: Date.now(),
        ip: `10.244.0.${this.nextIp++ % 250}`,
        appState: 'none',
        said: new Set(),
        logs: [],
      };
      this.pods.set(uid, rt);
    }
    return rt;
  }

  /** Binds an unscheduled pod to the node, as the scheduler would. */
  private bind(pod: Obj, rt: PodRuntime): Obj {
    const { namespace, name } = metaOf(pod);
    const bound = this.ctx.api.update(R.pods, namespace, name, {
      ...pod,
      spec: { ...(pod.spec as Obj), nodeName: NODE_NAME },
    });
    const message = `Successfully assigned ${namespace}/${name} to ${NODE_NAME}`;
    this.sayFor(bound, rt)('scheduled', 'Normal', 'Scheduled', message);
    return bound;
  }

  /** One kubelet pass over a pod: bind, start, probe, report status. */
  sync(pod: Obj): void {
    const rt = this.runtimeOf(pod);
    if (metaOf(pod).deletionTimestamp) return this.terminate(pod, rt);
    if (!(pod.spec as Obj).nodeName) pod = this.bind(pod, rt);
    const elapsed = Date.now() - rt.createdAt;
    const demo = demoContainer(pod);
    if (demo && elapsed >= this.timing.readyDelayMs && rt.appState === 'none') {
      const uid = metaOf(pod).uid ?? '';
      startApp(rt, containerEnv(this.ctx, pod, demo), () => this.pods.has(uid), this.wake);
    }
    if (demo) probe(rt, demo, this.wake);
    const say = this.sayFor(pod, rt);
    for (const c of containersOf(pod)) containerEvents(say, rt, c, elapsed, this.timing);
    this.report(pod, rt, elapsed, Boolean(demo?.readinessProbe?.httpGet), Boolean(demo));
  }

  /** Writes the pod's status when it changed (phase, conditions, container states, restarts). */
  private report(pod: Obj, rt: PodRuntime, elapsed: number, probed: boolean, hasDemo: boolean): void {
    const appPending = hasDemo && (rt.appState === 'starting' || rt.appState === 'none');
    const facts = {
      crashed: rt.appState === 'crashed',
      probeOk: probed ? (rt.probeOk ?? false) : appPending ? false : undefined,
    };
    const status = desiredPodStatus(pod, elapsed, this.timing, facts, rt.ip);
    if (fingerprint(status) === fingerprint((pod.status as Obj | undefined) ?? {})) return;
    const { namespace, name } = metaOf(pod);
    this.ctx.api.update(R.pods, namespace, name, { ...pod, status }, { subresource: 'status', manager: 'kubelet' });
  }
}
