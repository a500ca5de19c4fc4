import type { ObjectRef } from '../../kube/types.js';
import type { RolloutOutcome } from '../rollout/wait.js';

export type RollbackAction =
  'rolled-back' | 'unchanged' | 'new' | 'pruned' | 'missing' | 'failed' | 'restored' | 'recreated' | 'kept';

export interface RollbackItem {
  ref: ObjectRef;
  key: string;
  action: RollbackAction;
  message: string;
  fromRevision?: number;
  toRevision?: number;
  fromImages?: Record<string, string>;
  images?: Record<string, string>;
  outcome?: RolloutOutcome;
}

export interface RollbackResult {
  items: RollbackItem[];
  /** True when at least one workload or configuration object was changed back (or recreated). */
  rolledBack: boolean;
  /** False when a rollback patch or its rollout failed. */
  ok: boolean;
}

export interface RollbackOptions {
  reason: string;
  fieldManager: string;
  pruneNew: boolean;
  wait: boolean;
  timeoutMs: number;
  graceMs: number;
  log(message: string): void;
  /** Aborted when the run is cancelled: stop waiting (the patches are already written) and say so. */
  signal?: AbortSignal;
}
