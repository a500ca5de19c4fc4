import { afterAll, beforeAll, describe } from 'vitest';
import { run as runDeploy } from '../../src/actions/deploy/main.js';
import { run as runRollback } from '../../src/actions/rollback/main.js';
import { createMemoryRuntime, type MemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { clusterTargets, freshNamespace, type ClusterTarget } from './deploy-targets.js';

export interface ClusterContext {
  /** Which cluster this block runs against, known when tests are declared (for skipIf). */
  cluster: 'simulator' | 'real';
  target(): ClusterTarget;
  namespace(): string;
  /** Runs the deploy action with a memory runtime; the kubeconfig goes in as input content (masked). */
  deploy(
    inputs: Record<string, string>,
    env?: Record<string, string>,
  ): Promise<{ runtime: MemoryRuntime; outcome: string }>;
  rollback(
    inputs: Record<string, string>,
    env?: Record<string, string>,
  ): Promise<{ runtime: MemoryRuntime; outcome: string }>;
  /** `kubectl -n <ns> ...` against this cluster. */
  kubectl(...args: string[]): Promise<string>;
  json<T = any>(...args: string[]): Promise<T>;
}

/**
 * Declares one describe block per cluster target (simulator, real control plane), each with its
 * own fresh namespace created before and deleted after the block.
 */
export function describeClusters(suite: string, body: (ctx: ClusterContext) => void): void {
  for (const spec of clusterTargets()) {
    describe.skipIf(Boolean(spec.skip))(
      `${suite} on ${spec.name}${spec.skip ? ` (skipped: ${spec.skip})` : ''}`,
      () => {
        let target: ClusterTarget;
        const namespace = freshNamespace(suite);
        const kubectl = async (...args: string[]) => {
          const result = await target.kubectl(['-n', namespace, ...args]);
          if (result.code !== 0) throw new Error(`kubectl ${args.join(' ')} failed: ${result.stderr}`);
          return result.stdout;
        };
        const action =
          (run: typeof runDeploy) =>
          async (inputs: Record<string, string>, env: Record<string, string> = {}) => {
            const runtime = createMemoryRuntime({ kubeconfig: target.kubeconfig, namespace, ...inputs }, { env });
            const outcome = await run(runtime);
            return { runtime, outcome };
          };
        beforeAll(async () => {
          target = await spec.start();
          // `create -f` sends JSON; `create namespace` would send protobuf, which the simulator does not take.
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
          deploy: action(runDeploy),
          rollback: action(runRollback as typeof runDeploy),
          kubectl,
          json: async (...args: string[]) => JSON.parse(await kubectl(...args, '-o', 'json')),
        });
      },
    );
  }
}
