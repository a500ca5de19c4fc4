import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The clusters the deploy/rollback suites run against: the embedded simulator always, the real
 * control plane (../shared/k8s-real) when DK_REAL_KUBECONFIG is set. Without it the real variant
 * is skipped with the reason, except in CI where its absence is a failure.
 */
export interface ClusterTarget {
  name: 'simulator' | 'real';
  kubeconfigPath: string;
  kubeconfig: string;
  /** The `deployer` user's kubeconfig (no rights until a rolebinding grants them), where there is one. */
  deployerKubeconfigPath?: string;
  /** The simulator's fault injection (undefined on the real control plane). */
  faults?: SimulatorLike['faults'];
  kubectl(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }>;
  stop(): Promise<void>;
}

/** The part of the simulator's handle (INTERFACES.md) these suites use. */
export interface SimulatorLike {
  kubeconfigPath: string;
  kubeconfig: string;
  faults: Record<string, (...args: any[]) => unknown>;
  stop(): Promise<void>;
}

export interface TargetSpec {
  name: ClusterTarget['name'];
  /** Why the variant is skipped, when it is. */
  skip?: string;
  start(): Promise<ClusterTarget>;
}

function kubectlWith(kubeconfigPath: string) {
  return (args: string[], input?: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        '/usr/bin/kubectl',
        ['--kubeconfig', kubeconfigPath, ...args],
        { maxBuffer: 16 << 20 },
        (error, stdout, stderr) => {
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
        },
      );
      if (input !== undefined) child.stdin?.end(input);
    });
}

async function startSim(): Promise<ClusterTarget> {
  // A variable specifier: the simulator is another part of the kit and may land after this suite.
  const specifier = '../../src/simulator/index.js';
  const { startSimulator } = (await import(specifier)) as { startSimulator: (o: object) => Promise<SimulatorLike> };
  const sim = await startSimulator({ podReadyDelayMs: 300 });
  return {
    name: 'simulator',
    kubeconfigPath: sim.kubeconfigPath,
    kubeconfig: sim.kubeconfig,
    faults: sim.faults,
    kubectl: kubectlWith(sim.kubeconfigPath),
    stop: () => sim.stop(),
  };
}

async function startReal(path: string): Promise<ClusterTarget> {
  const deployer = process.env.DK_REAL_DEPLOYER_KUBECONFIG ?? join(path, '..', 'deployer.kubeconfig');
  return {
    name: 'real',
    kubeconfigPath: path,
    kubeconfig: readFileSync(path, 'utf8'),
    deployerKubeconfigPath: existsSync(deployer) ? deployer : undefined,
    kubectl: kubectlWith(path),
    stop: async () => undefined,
  };
}

export function clusterTargets(): TargetSpec[] {
  const real = process.env.DK_REAL_KUBECONFIG;
  const ci = process.env.CI === 'true';
  const only = process.env.DK_DEPLOY_TARGETS?.split(',');
  const specs: TargetSpec[] = [
    {
      name: 'simulator',
      skip: simulatorAvailable || ci ? undefined : 'src/simulator/index.ts is not there yet',
      start: startSim,
    },
    {
      name: 'real',
      skip: real
        ? undefined
        : ci
          ? undefined
          : 'DK_REAL_KUBECONFIG is unset (start ../shared/k8s-real/up.sh and export it)',
      start: async () => {
        if (!real)
          throw new Error(
            'CI=true but DK_REAL_KUBECONFIG is unset: the real control plane (.ci/services.d/10-k8s-real.sh) did not start',
          );
        return startReal(real);
      },
    },
  ];
  return only
    ? specs.map((s) => (only.includes(s.name) ? s : { ...s, skip: s.skip ?? `DK_DEPLOY_TARGETS=${only.join(',')}` }))
    : specs;
}

/** A fresh namespace name per test file and cluster. */
export const freshNamespace = (suite: string) => `dk-${suite}-${Math.random().toString(36).slice(2, 8)}`;

/** Writes YAML into a temp dir and returns the file path. */
export function writeManifest(name: string, yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-manifests-'));
  const file = join(dir, name);
  writeFileSync(file, yaml);
  return file;
}

/** A Deployment that rolls fast: short progress deadline, one surge pod, readiness right away. */
export function deploymentYaml(
  name: string,
  image: string,
  options: { replicas?: number; progressDeadlineSeconds?: number; extra?: string } = {},
): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${options.replicas ?? 2}
  progressDeadlineSeconds: ${options.progressDeadlineSeconds ?? 60}
  revisionHistoryLimit: 10
  selector:
    matchLabels: { app: ${name} }
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxSurge: 1, maxUnavailable: 0 }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      terminationGracePeriodSeconds: 0
      containers:
        - name: app
          image: ${image}
          ports: [{ containerPort: 8080 }]
${options.extra ?? ''}`;
}

/** Simulator source present? (It is another part of the kit; until it lands the variant says so.) */
export const simulatorAvailable = existsSync(join(import.meta.dirname, '..', '..', 'src', 'simulator', 'index.ts'));
