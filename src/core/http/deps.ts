import { probe as realProbe } from './probe.js';
import type { ProbeRequest, ProbeResult } from './types.js';

/** The outside world of an HTTP check (network, clock, sleep), injectable so tests drive time. */
export interface HttpDeps {
  probe?: (request: ProbeRequest) => Promise<ProbeResult>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** The real network and clock wherever a test did not inject its own. */
export function resolveHttpDeps(deps: HttpDeps): Required<HttpDeps> {
  return {
    probe: deps.probe ?? realProbe,
    now: deps.now ?? Date.now,
    sleep: deps.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
  };
}
