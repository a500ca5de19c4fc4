import type { ProbeRequest, ProbeResult } from './types.js';

/** The outside world of an HTTP check (network, clock, sleep), injectable so tests drive time. */
export interface HttpDeps {
  /** The HTTP client; adapters pass clients/http's probe, tests a scripted one (core never opens sockets). */
  probe: (request: ProbeRequest) => Promise<ProbeResult>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** The real clock and timer wherever a test did not inject its own. */
export function resolveHttpDeps(deps: HttpDeps): Required<HttpDeps> {
  return {
    probe: deps.probe,
    now: deps.now ?? Date.now,
    sleep: deps.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
  };
}
