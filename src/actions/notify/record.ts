import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { recordProblem, type DeployRecord } from '../../core/deploy/rollback/record.js';
import type { ReleaseMessage } from '../../core/notify/message.js';
import { describeError } from '../../shared/errors.js';

/** What a deploy record adds to a message: the version running again, and what a cancel restored. */
export interface RecordFacts {
  restoredVersion?: string;
  reason?: string;
  /** Why the record could not be read; notify warns and carries on. */
  problem?: string;
}

async function readDeployRecord(path: string, cwd: string): Promise<DeployRecord> {
  const text = await readFile(isAbsolute(path) ? path : join(cwd, path), 'utf8');
  const record = JSON.parse(text) as unknown;
  const problem = recordProblem(record);
  if (problem) throw new Error(`${path} ${problem}`);
  return record as DeployRecord;
}

export async function factsFromRecord(path: string, cwd: string): Promise<RecordFacts> {
  try {
    const record = await readDeployRecord(path, cwd);
    const restoredVersion = record.workloads.map((w) => w.before?.version).find(Boolean);
    const interruption = record.interruption;
    return {
      restoredVersion,
      reason: interruption
        ? `${interruption.signal} during the ${interruption.during}: ${interruption.message}`
        : undefined,
    };
  } catch (error) {
    return { problem: `could not read the deploy record ${path}: ${describeError(error)}` };
  }
}

/** Inputs win; the record fills what they leave empty, and a restored version only where something was restored. */
export function withRecordFacts(message: ReleaseMessage, facts: RecordFacts): ReleaseMessage {
  const restoring = message.status === 'rolled-back' || message.status === 'cancelled';
  return {
    ...message,
    reason: message.reason ?? facts.reason,
    restoredVersion: message.restoredVersion ?? (restoring ? facts.restoredVersion : undefined),
  };
}
