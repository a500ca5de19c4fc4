import { afterAll, beforeAll, describe, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { apiCases, createCases } from './cases-api.js';
import { setCases } from './cases-sets.js';
import { multiDocCases, workloadCases } from './cases-workloads.js';
import { validationCases } from './cases-validation.js';
import { connect, type Cluster } from './helpers.js';

/**
 * ONE conformance suite, run unchanged against the embedded simulator and the real control plane
 * (DK_REAL_KUBECONFIG). Where they differ, the simulator is wrong.
 */
function suite(
  name: string,
  kubeconfig: () => Promise<string>,
  stop: () => Promise<void> = async () => undefined,
): void {
  describe(`conformance: ${name}`, () => {
    let cluster: Cluster;
    beforeAll(async () => {
      cluster = connect(name, await kubeconfig());
      await cluster.core.createNamespace({ body: { metadata: { name: cluster.namespace } } });
    });
    afterAll(async () => {
      if (cluster) {
        await cluster.core.deleteNamespace({ name: cluster.namespace }).catch(() => undefined);
        cluster.close();
      }
      await stop();
    });
    workloadCases(() => cluster);
    apiCases(() => cluster);
    setCases(() => cluster);
    createCases(() => cluster);
    multiDocCases(() => cluster);
    validationCases(() => cluster);
  });
}

let sim: SimulatorHandle | undefined;
suite(
  'simulator',
  async () => {
    sim = await startSimulator({ podReadyDelayMs: 200 });
    return sim.kubeconfigPath;
  },
  async () => sim?.stop(),
);

const real = process.env.DK_REAL_KUBECONFIG;
if (real) suite('real', async () => real);
else if (process.env.CI === 'true') {
  describe('conformance: real', () => {
    it('needs DK_REAL_KUBECONFIG in CI (.ci/services.d/10-k8s-real.sh exports it)', () => {
      throw new Error('DK_REAL_KUBECONFIG is unset but CI=true: the real control plane did not start');
    });
  });
} else {
  describe.skip('conformance: real (skipped: DK_REAL_KUBECONFIG is unset; run ../shared/k8s-real/up.sh and export it)', () => {
    it('runs the same cases against the real control plane', () => undefined);
  });
}
