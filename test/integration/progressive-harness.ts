import { afterAll, beforeAll, describe } from 'vitest';
import { run as runDeploy } from '../../src/actions/deploy/main.js';
import { HttpKubeClient, loadKubeAccess } from '../../src/clients/kube/index.js';
import { probe } from '../../src/clients/http/probe.js';
import { progressiveRelease, type ProgressiveOptions } from '../../src/core/deploy/progressive/index.js';
import { parseSteps } from '../../src/core/deploy/progressive/steps.js';
import type { KubeObject } from '../../src/core/kube/types.js';
import { fillProtocolDefaults } from '../../src/core/manifests/defaults.js';
import { createMemoryRuntime, type MemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { clusterTargets, type ClusterTarget } from './deploy-targets.js';

/** The fields these tests read from a live object. */
export interface Live extends KubeObject {
  spec: { template: { spec: { containers: { image: string }[] } }; selector?: Record<string, string> };
}

export interface ProgressiveContext {
  cluster: 'simulator' | 'real';
  target(): ClusterTarget;
  namespace(): string;
  client(): HttpKubeClient;
  deploy(inputs: Record<string, string>): Promise<{ runtime: MemoryRuntime; outcome: string }>;
  /** The core directly (for cancel and kill at a chosen step); `phase` titles are recorded in `phases`. */
  core(
    options: Omit<Partial<ProgressiveOptions>, 'steps' | 'deployment'> & { deployment: KubeObject; steps: string },
  ): ReturnType<typeof progressiveRelease>;
  kubectl(...args: string[]): Promise<string>;
  json(...args: string[]): Promise<Live>;
  /** Names of the objects of a kind in the namespace. */
  names(kind: string): Promise<string[]>;
}

/** The manifest as the deploy action sends it (ports get their protocol), so both compute the same digest. */
function withDefaults(object: KubeObject): KubeObject {
  fillProtocolDefaults([{ object, source: { file: 'test', document: 1, line: 1 } }]);
  return object;
}

/** One describe block per cluster target, each with its own `progressive-*` namespace. */
export function describeProgressive(suite: string, body: (ctx: ProgressiveContext) => void): void {
  for (const spec of clusterTargets()) {
    describe.skipIf(Boolean(spec.skip))(
      `${suite} on ${spec.name}${spec.skip ? ` (skipped: ${spec.skip})` : ''}`,
      () => {
        let target: ClusterTarget;
        let client: HttpKubeClient;
        const namespace = `progressive-${suite}-${Math.random().toString(36).slice(2, 7)}`;
        const kubectl = async (...args: string[]) => {
          const result = await target.kubectl(['-n', namespace, ...args]);
          if (result.code !== 0) throw new Error(`kubectl ${args.join(' ')} failed: ${result.stderr}`);
          return result.stdout;
        };
        beforeAll(async () => {
          target = await spec.start();
          const access = loadKubeAccess({ content: target.kubeconfig, env: {}, secret: () => undefined });
          client = new HttpKubeClient(access, { attempts: 4, baseDelayMs: 200, maxDelayMs: 2000 });
          const created = await target.kubectl(
            ['create', '-f', '-'],
            JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } }),
          );
          if (created.code !== 0) throw new Error(`cannot create namespace ${namespace}: ${created.stderr}`);
        });
        afterAll(async () => {
          if (!target) return;
          await target.kubectl(['delete', 'namespace', namespace, '--wait=false']);
          await target.stop();
        });
        body({
          cluster: spec.name,
          target: () => target,
          namespace: () => namespace,
          client: () => client,
          deploy: async (inputs) => {
            const runtime = createMemoryRuntime({ kubeconfig: target.kubeconfig, namespace, ...inputs });
            return { runtime, outcome: await runDeploy(runtime) };
          },
          core: (options) => {
            const { steps, problems } = parseSteps(options.steps);
            if (problems.length) throw new Error(JSON.stringify(problems));
            return progressiveRelease(client, {
              strategy: 'canary',
              namespace,
              traffic: { mode: 'replicas' },
              fieldManager: 'deploy-kit',
              timeoutMs: 90_000,
              graceMs: 2000,
              scaleDownDelayMs: 1000,
              analyses: [],
              urlOf: async (ref) => (await client.get(ref))?.metadata.annotations?.['sim.deploy-kit.dev/url'],
              probe,
              log: () => undefined,
              phase: (_title, fn) => fn(),
              promote: () => Promise.resolve({ ok: false, message: 'no promotion in this test' }),
              ...options,
              deployment: withDefaults({
                ...options.deployment,
                metadata: { ...options.deployment.metadata, namespace },
              }),
              steps,
            });
          },
          kubectl,
          json: async (...args: string[]) => JSON.parse(await kubectl(...args, '-o', 'json')) as Live,
          names: async (kind) =>
            (JSON.parse(await kubectl('get', kind, '-o', 'json')) as { items: KubeObject[] }).items.map(
              (o) => o.metadata.name ?? '',
            ),
        });
      },
    );
  }
}

/** The demo app (it really serves on the simulator; on the real control plane its pods are faked). */
export function webYaml(version: string, options: { image?: string; env?: Record<string, string> } = {}): string {
  const env = Object.entries({ VERSION: version, ...options.env })
    .map(([name, value]) => `            - { name: ${name}, value: "${value}" }`)
    .join('\n');
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 4
  progressDeadlineSeconds: 60
  selector: { matchLabels: { app: web } }
  strategy: { type: RollingUpdate, rollingUpdate: { maxSurge: 2, maxUnavailable: 0 } }
  template:
    metadata: { labels: { app: web } }
    spec:
      terminationGracePeriodSeconds: 0
      containers:
        - name: app
          image: ${options.image ?? `deploy-kit/demo-app:${version}`}
          ports: [{ containerPort: 8080 }]
          env:
${env}
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
`;
}
