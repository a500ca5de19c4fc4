import { nowTime, type Obj } from '../types.js';

/** Image-name conventions shared with ../shared/k8s-real/pod-faker.js. */
export const isCrash = (image: string): boolean => /crashloop|bad/i.test(image);
/** Images that never pull (ErrImagePull, then ImagePullBackOff). */
export const isPullError = (image: string): boolean => /pullerror|nonexistent/i.test(image);
/** Images that become Ready only after slowReadyMs. */
export const isSlow = (image: string): boolean => /slow/i.test(image);
/** deploy-kit/demo-app images (any registry prefix, tag or digest) that really run. */
export const isDemoApp = (image: string): boolean => /(^|\/)deploy-kit\/demo-app([:@]|$)/.test(image);

/** Timings of the kubelet stand-in (all in milliseconds). */
export interface KubeletTiming {
  readyDelayMs: number;
  crashPeriodMs: number;
  slowReadyMs: number;
  pullBackoffMs: number;
  /** How long a deleted pod stays Terminating before the kubelet finishes its deletion. */
  terminationMs: number;
}

/** What the stand-in knows about a running pod beyond its spec. */
export interface ContainerFacts {
  /** The container's process failed to start (demo app with CRASH_ON_START). */
  crashed?: boolean;
  /** Readiness probe result, undefined when there is no probe. */
  probeOk?: boolean;
}

function containerStatus(
  pod: Obj,
  c: Obj,
  elapsed: number,
  t: KubeletTiming,
  facts: ContainerFacts,
  startTime: string,
  prev: Obj | undefined,
): Obj {
  const base = {
    name: c.name,
    image: c.image,
    imageID: `sim://${c.image}`,
    containerID: `sim://${pod.metadata.uid.slice(0, 8)}-${c.name}`,
  };
  if (isPullError(c.image)) {
    const reason = elapsed < t.pullBackoffMs ? 'ErrImagePull' : 'ImagePullBackOff';
    return {
      ...base,
      imageID: '',
      containerID: undefined,
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason, message: `Back-off pulling image "${c.image}"` } },
      lastState: {},
    };
  }
  if (elapsed < t.readyDelayMs) {
    return {
      ...base,
      imageID: '',
      containerID: undefined,
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason: 'ContainerCreating' } },
      lastState: {},
    };
  }
  if (isCrash(c.image) || facts.crashed) {
    const restartCount = Math.floor((elapsed - t.readyDelayMs) / t.crashPeriodMs) + 1;
    return {
      ...base,
      ready: false,
      started: false,
      restartCount,
      state: {
        waiting: {
          reason: 'CrashLoopBackOff',
          message: `back-off 10s restarting failed container=${c.name} pod=${pod.metadata.name}`,
        },
      },
      lastState: {
        terminated: {
          exitCode: 1,
          reason: 'Error',
          startedAt: startTime,
          finishedAt: startTime,
          containerID: base.containerID,
        },
      },
    };
  }
  const ready = !(isSlow(c.image) && elapsed < t.slowReadyMs) && facts.probeOk !== false;
  const startedAt = prev?.state?.running?.startedAt ?? nowTime();
  return {
    ...base,
    ready,
    started: true,
    restartCount: prev?.restartCount ?? 0,
    state: { running: { startedAt } },
    lastState: {},
  };
}

/** The status a kubelet would report for this pod now (phase, conditions, container statuses). */
export function desiredPodStatus(
  pod: Obj,
  elapsed: number,
  t: KubeletTiming,
  facts: ContainerFacts,
  podIP: string,
): Obj {
  const st = pod.status ?? {};
  const ts = nowTime();
  const startTime = st.startTime ?? ts;
  const prevCS = new Map<string, Obj>((st.containerStatuses ?? []).map((c: Obj) => [c.name, c]));
  const statuses = (pod.spec.containers as Obj[]).map((c) =>
    containerStatus(pod, c, elapsed, t, facts, startTime, prevCS.get(c.name)),
  );
  for (const s of statuses) if (s.containerID === undefined) delete s.containerID;
  const ready = statuses.every((s) => s.ready);
  const pending = statuses.some(
    (s) =>
      s.state.waiting && ['ContainerCreating', 'ErrImagePull', 'ImagePullBackOff'].includes(s.state.waiting.reason),
  );
  const prevCond = new Map<string, Obj>((st.conditions ?? []).map((c: Obj) => [c.type, c]));
  const unready = statuses
    .filter((s) => !s.ready)
    .map((s) => s.name)
    .join(' ');
  const cond = (type: string, ok: boolean): Obj => {
    const status = ok ? 'True' : 'False';
    const prev = prevCond.get(type);
    return {
      type,
      status,
      lastProbeTime: null,
      lastTransitionTime: prev?.status === status ? prev.lastTransitionTime : ts,
      ...(ok || type === 'Initialized' || type === 'PodScheduled'
        ? {}
        : { reason: 'ContainersNotReady', message: `containers with unready status: [${unready}]` }),
    };
  };
  return {
    phase: pending ? 'Pending' : 'Running',
    conditions: [
      cond('Initialized', true),
      cond('Ready', ready),
      cond('ContainersReady', ready),
      cond('PodScheduled', true),
    ],
    hostIP: '127.0.0.1',
    podIP,
    podIPs: [{ ip: podIP }],
    startTime,
    containerStatuses: statuses,
    qosClass: st.qosClass ?? 'BestEffort',
  };
}

/** What matters for change detection (timestamps excluded so unchanged pods are not rewritten). */
export function fingerprint(s: Obj): string {
  return JSON.stringify({
    phase: s.phase,
    ip: s.podIP,
    cond: (s.conditions ?? []).map((c: Obj) => `${c.type}=${c.status}`).sort(),
    cs: (s.containerStatuses ?? []).map((c: Obj) => [
      c.name,
      c.image,
      c.ready,
      c.restartCount,
      Object.keys(c.state ?? {})[0],
      c.state?.waiting?.reason,
    ]),
  });
}
