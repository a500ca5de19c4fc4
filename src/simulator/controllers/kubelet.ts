import { request } from 'node:http';
import { demoConfig, startDemoApp, type DemoApp } from '../../demo-app/app.js';
import { resourceByPlural } from '../resources.js';
import type { Obj } from '../types.js';
import { R, type ControllerContext } from './context.js';
import { desiredPodStatus, fingerprint, isCrash, isDemoApp, isPullError, type KubeletTiming } from './pod-status.js';

/** The one node every pod is bound to. */
export const NODE_NAME = 'sim-node-1';

interface PodRuntime {
  createdAt: number;
  ip: string;
  app?: DemoApp;
  appState: 'none' | 'starting' | 'running' | 'crashed';
  probeOk?: boolean;
  probing?: boolean;
  said: Set<string>;
  logs: string[];
  terminatingSince?: number;
}

/** Resolves a container's env (value, configMapKeyRef, secretKeyRef, fieldRef) like a kubelet. */
function containerEnv(ctx: ControllerContext, pod: Obj, c: Obj): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of (c.env ?? []) as Obj[]) {
    if (e.value !== undefined) env[e.name] = String(e.value);
    const from = e.valueFrom ?? {};
    if (from.configMapKeyRef)
      env[e.name] =
        ctx.store.get(resourceByPlural('configmaps'), pod.metadata.namespace, from.configMapKeyRef.name)?.data?.[
          from.configMapKeyRef.key
        ] ?? '';
    if (from.secretKeyRef) {
      const raw = ctx.store.get(resourceByPlural('secrets'), pod.metadata.namespace, from.secretKeyRef.name)?.data?.[
        from.secretKeyRef.key
      ];
      env[e.name] = raw ? Buffer.from(raw, 'base64').toString() : '';
    }
    if (from.fieldRef?.fieldPath === 'metadata.name') env[e.name] = pod.metadata.name;
    if (from.fieldRef?.fieldPath === 'metadata.namespace') env[e.name] = pod.metadata.namespace;
  }
  return env;
}

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
      if (e.resource === R.pods && e.type === 'DELETED') void this.forget(e.object.metadata.uid);
    });
  }

  /** 127.0.0.1 URL of a ready demo-app pod, for Service proxies. */
  endpointOf(pod: Obj): string | undefined {
    const rt = this.pods.get(pod.metadata.uid);
    return rt?.appState === 'running' ? rt.app?.url : undefined;
  }

  /** Log lines of a pod's demo-app container (what `kubectl logs` shows). */
  logsOf(pod: Obj, container?: string): string | undefined {
    const rt = this.pods.get(pod.metadata.uid);
    const demo = (pod.spec.containers as Obj[]).find((c) => isDemoApp(c.image));
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

  private say(
    pod: Obj,
    rt: PodRuntime,
    key: string,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    repeat = false,
  ): void {
    if (!repeat && rt.said.has(key)) return;
    rt.said.add(key);
    this.ctx.events.record(
      pod,
      type,
      reason,
      message,
      reason === 'Scheduled' ? 'default-scheduler' : 'kubelet',
      NODE_NAME,
    );
  }

  private startApp(pod: Obj, rt: PodRuntime, c: Obj): void {
    rt.appState = 'starting';
    const log = (line: string) => {
      rt.logs.push(line);
      if (rt.logs.length > 1000) rt.logs.shift();
    };
    startDemoApp(demoConfig(containerEnv(this.ctx, pod, c)), 0, log)
      .then((app) => {
        if (!this.pods.has(pod.metadata.uid)) return void app.close();
        rt.app = app;
        rt.appState = 'running';
      })
      .catch(() => void (rt.appState = 'crashed'))
      .finally(this.wake);
  }

  private probe(rt: PodRuntime, c: Obj): void {
    const get = c.readinessProbe?.httpGet;
    if (!get || !rt.app || rt.probing) return;
    rt.probing = true;
    const req = request(`${rt.app.url}${get.path ?? '/'}`, { timeout: 1000 }, (res) => {
      res.resume();
      rt.probeOk = (res.statusCode ?? 500) < 400;
      rt.probing = false;
      this.wake();
    });
    req.on('error', () => void ((rt.probeOk = false), (rt.probing = false)));
    req.end();
  }

  private events(pod: Obj, rt: PodRuntime, c: Obj, elapsed: number): void {
    if (isPullError(c.image)) {
      this.say(pod, rt, 'pull', 'Normal', 'Pulling', `Pulling image "${c.image}"`);
      this.say(
        pod,
        rt,
        'pullfail',
        'Warning',
        'Failed',
        `Failed to pull image "${c.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${c.image}": not found`,
      );
      this.say(pod, rt, 'errpull', 'Warning', 'Failed', 'Error: ErrImagePull');
      if (elapsed >= this.timing.pullBackoffMs)
        this.say(pod, rt, 'backoffpull', 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`);
      return;
    }
    if (elapsed < this.timing.readyDelayMs) return;
    this.say(
      pod,
      rt,
      `pulled-${c.name}`,
      'Normal',
      'Pulled',
      `Container image "${c.image}" already present on machine`,
    );
    this.say(pod, rt, `created-${c.name}`, 'Normal', 'Created', `Created container ${c.name}`);
    this.say(pod, rt, `started-${c.name}`, 'Normal', 'Started', `Started container ${c.name}`);
    const restarts = Math.floor((elapsed - this.timing.readyDelayMs) / this.timing.crashPeriodMs);
    if (isCrash(c.image) || rt.appState === 'crashed')
      this.say(pod, rt, `backoff-${restarts}`, 'Warning', 'BackOff', 'Back-off restarting failed container', true);
    if (rt.probeOk === false)
      this.say(
        pod,
        rt,
        `unhealthy-${restarts}`,
        'Warning',
        'Unhealthy',
        `Readiness probe failed: HTTP probe failed with statuscode: 503`,
        true,
      );
  }

  /** A deleted pod: stop its container, then finish the deletion like a kubelet (grace period 0). */
  private terminate(pod: Obj, rt: PodRuntime): void {
    if (rt.terminatingSince === undefined) {
      rt.terminatingSince = Date.now();
      void rt.app?.close();
      rt.appState = 'none';
      this.say(
        pod,
        rt,
        'killing',
        'Normal',
        'Killing',
        `Stopping container ${pod.spec.containers.map((c: Obj) => c.name).join(', ')}`,
      );
    }
    if (Date.now() - rt.terminatingSince < this.timing.terminationMs) return;
    this.ctx.api.delete(R.pods, pod.metadata.namespace, pod.metadata.name, {
      gracePeriodSeconds: 0,
      preconditions: { uid: pod.metadata.uid },
    });
  }

  /** One kubelet pass over a pod: bind, start, probe, report status. */
  sync(pod: Obj): void {
    let rt = this.pods.get(pod.metadata.uid);
    if (!rt)
      this.pods.set(
        pod.metadata.uid,
        (rt = {
          createdAt: Date.now(),
          ip: `10.244.0.${this.nextIp++ % 250}`,
          appState: 'none',
          said: new Set(),
          logs: [],
        }),
      );
    if (pod.metadata.deletionTimestamp) return this.terminate(pod, rt);
    if (!pod.spec.nodeName) {
      pod = this.ctx.api.update(R.pods, pod.metadata.namespace, pod.metadata.name, {
        ...pod,
        spec: { ...pod.spec, nodeName: NODE_NAME },
      });
      this.say(
        pod,
        rt,
        'scheduled',
        'Normal',
        'Scheduled',
        `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${NODE_NAME}`,
      );
    }
    const elapsed = Date.now() - rt.createdAt;
    const demo = (pod.spec.containers as Obj[]).find((c) => isDemoApp(c.image));
    if (demo && elapsed >= this.timing.readyDelayMs && rt.appState === 'none') this.startApp(pod, rt, demo);
    if (demo) this.probe(rt, demo);
    for (const c of pod.spec.containers as Obj[]) this.events(pod, rt, c, elapsed);
    const appPending = demo && (rt.appState === 'starting' || rt.appState === 'none');
    const facts = {
      crashed: rt.appState === 'crashed',
      probeOk: demo?.readinessProbe?.httpGet ? (rt.probeOk ?? false) : appPending ? false : undefined,
    };
    const status = desiredPodStatus(pod, elapsed, this.timing, facts, rt.ip);
    if (fingerprint(status) === fingerprint(pod.status ?? {})) return;
    this.ctx.api.update(
      R.pods,
      pod.metadata.namespace,
      pod.metadata.name,
      { ...pod, status },
      { subresource: 'status', manager: 'kubelet' },
    );
  }
}
