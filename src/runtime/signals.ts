import type { Runtime } from './runtime.js';

/**
 * How the runner ends a cancelled or timed-out step (runner v2.336.0, ProcessInvoker): SIGINT,
 * SIGTERM 7.5 s later, then a kill 2.5 s after that. Work that must survive a cancel has to be
 * written well inside that window.
 */
export const RUNNER_SIGINT_TO_SIGTERM_MS = 7_500;
export const RUNNER_SIGTERM_TO_KILL_MS = 2_500;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Leaves time after our own deadline for the outputs and the summary before SIGTERM arrives. */
const DEFAULT_DEADLINE_MS = RUNNER_SIGINT_TO_SIGTERM_MS - 1_000;

export interface InterruptOptions {
  /** After the first signal, exit non-zero this long later if the work has not finished by itself. */
  deadlineMs?: number;
  exit?: (code: number) => void;
}

/**
 * Runs `work` with an AbortSignal that fires on the first SIGINT or SIGTERM instead of letting
 * Node die mid-rollout. A second signal is logged and ignored (the restore is being written);
 * a hard deadline still ends the process before the runner's kill. A memory runtime (tests)
 * installs nothing: process signals belong to the host.
 */
export async function withInterrupts<T>(
  runtime: Runtime,
  work: (signal: AbortSignal | undefined) => Promise<T>,
  options: InterruptOptions = {},
): Promise<T> {
  if (runtime.kind === 'memory') return work(undefined);
  const controller = new AbortController();
  const onSignal = (name: (typeof SIGNALS)[number]) => {
    if (controller.signal.aborted) {
      runtime.warning(`${name} received again; still writing the restore of what ran before`);
      return;
    }
    runtime.warning(`${name} received (the run was cancelled or timed out): stopping and restoring what ran before`);
    controller.abort(name);
    const deadline = setTimeout(() => {
      runtime.error(`the restore did not finish within ${options.deadlineMs ?? DEFAULT_DEADLINE_MS} ms of ${name}`);
      (options.exit ?? ((code: number) => process.exit(code)))(1);
    }, options.deadlineMs ?? DEFAULT_DEADLINE_MS);
    deadline.unref();
  };
  // One handler per signal, bound to its name (a handler is not always given the name).
  const handlers = SIGNALS.map((name) => [name, () => onSignal(name)] as const);
  for (const [name, handler] of handlers) process.on(name, handler);
  try {
    return await work(controller.signal);
  } finally {
    // Once interrupted, the handlers and the (unref'd) deadline stay: a late SIGTERM must not
    // cut off the outputs and the failure line that follow.
    if (!controller.signal.aborted) for (const [name, handler] of handlers) process.off(name, handler);
  }
}
