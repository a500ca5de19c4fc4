import type { ObjectRef } from '../../core/kube/types.js';
import { recordProblem, type DeployRecord } from '../../core/deploy/rollback/record.js';
import { ConfigError } from '../../shared/errors.js';
import { inWorkspace, readTextFile } from '../../shared/files.js';
import { recordShapeProblem } from './record-shape.js';

const KINDS: Record<string, string> = {
  deployment: 'Deployment',
  deployments: 'Deployment',
  deploy: 'Deployment',
  statefulset: 'StatefulSet',
  statefulsets: 'StatefulSet',
  sts: 'StatefulSet',
  daemonset: 'DaemonSet',
  daemonsets: 'DaemonSet',
  ds: 'DaemonSet',
};

/** `deployment/web` lines as object references in one namespace. */
export function parseWorkloads(lines: string[], namespace: string): ObjectRef[] {
  return lines.map((line) => {
    const [kind, name, extra] = line.split('/');
    const mapped = KINDS[kind?.toLowerCase() ?? ''];
    if (!mapped || !name || extra !== undefined) {
      throw ConfigError.single(
        'workloads',
        `each line must be kind/name with kind deployment, statefulset or daemonset, got '${line}'`,
      );
    }
    return { apiVersion: 'apps/v1', kind: mapped, name, namespace };
  });
}

/** Reads and checks a deploy record written by the deploy action. */
export async function readRecord(path: string, cwd: string): Promise<DeployRecord> {
  const fix = "pass the deploy step's `record` output";
  const text = await readTextFile(inWorkspace(cwd, path), (reason) =>
    ConfigError.single('record', `'${path}' ${reason}; ${fix}`),
  );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw ConfigError.single('record', `'${path}' is not valid JSON (${(error as Error).message}); ${fix}`);
  }
  const problem = recordProblem(value) ?? recordShapeProblem(value);
  if (problem) throw ConfigError.single('record', `'${path}' ${problem}`);
  return value as DeployRecord;
}
