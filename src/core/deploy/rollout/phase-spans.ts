/** When one phase of a release ran (validate, apply, rollout, rollback), for the release timeline. */
export interface PhaseSpan {
  name: string;
  startMs: number;
  endMs: number;
  /** The phase threw (the release then reports why in its message). */
  failed?: boolean;
}

type Phase = <T>(title: string, fn: () => Promise<T>) => Promise<T>;

/** Wraps the adapter's phase() so each phase's start and end land in `spans`, whatever it returns or throws. */
export function timedPhase(phase: Phase, spans: PhaseSpan[]): Phase {
  return async (title, fn) => {
    const span: PhaseSpan = { name: title, startMs: Date.now(), endMs: 0 };
    spans.push(span);
    try {
      return await phase(title, fn);
    } catch (error) {
      span.failed = true;
      throw error;
    } finally {
      span.endMs = Date.now();
    }
  };
}
