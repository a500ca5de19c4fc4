import type { ImagePlan } from '../../core/tags/plan.js';
import type { BuilderName } from '../../clients/container-engine-types.js';
import type { ProcessRunner } from '../../clients/container-engine-exec.js';
import type { RetryOptions } from '../../clients/container-engine-errors.js';

/** Everything the step did: the plan (version, tags, labels) and what the registry confirmed. */
export interface BuildAndPushResult {
  plan: ImagePlan;
  builder: BuilderName;
  pushed: boolean;
  /** Registry digest after a push; the local image id when push is false. */
  digest: string;
  imageRef: string;
  resolved: Record<string, string>;
  sizeBytes?: number;
  buildMs: number;
  pushMs: number;
}

/** Collaborators a test or the pipeline may replace: clock, process runner, retry pacing, fetch. */
export interface BuildAndPushDeps {
  now?: () => Date;
  run?: ProcessRunner;
  retry?: RetryOptions;
  fetch?: typeof fetch;
}
