/**
 * Recognises the progress lines the actions already log (perf-gate's once-a-second figures,
 * the rollout wait's counts, health-check attempts) so the terminal can show them as live
 * progress. Only the CLI reads them; the actions' own logs stay as they are.
 */
export interface ProgressUpdate {
  /** One live line per key: a run, a workload, a URL. */
  key: string;
  text: string;
}

const SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** `1m30s` / `2.5s` / `500ms` -> seconds. */
function seconds(text: string): number {
  let total = 0;
  for (const [, n, unit] of text.matchAll(/([\d.]+)(ms|s|m|h)/g)) total += Number(n) * SECONDS[unit];
  return total;
}

function perf(line: string): ProgressUpdate | undefined {
  const m = line.match(/^run (\d+)\/(\d+): ([\dhms.]+)\/([\dhms.]+), (\d+) responses, p95 ([\d.]+)ms/);
  if (!m) return undefined;
  const elapsed = seconds(m[3]);
  const rps = elapsed > 0 ? Math.round(Number(m[5]) / elapsed) : 0;
  return {
    key: 'perf-gate',
    text: `perf-gate ${line}, ${rps} req/s`,
  };
}

function rollout(line: string): ProgressUpdate | undefined {
  const m = line.match(
    /^(\S+\/\S+(?: \(namespace [^)]+\))?): (.*) \[updated (\d+), ready (\d+), available (\d+) of (\d+)\]$/,
  );
  if (!m) return undefined;
  const [, ref, message, updated, ready, available, desired] = m;
  return {
    key: `rollout ${ref}`,
    text: `rollout ${ref}: ready ${ready}/${desired}, updated ${updated}/${desired}, available ${available}/${desired} (${message})`,
  };
}

function health(line: string): ProgressUpdate | undefined {
  const m = line.match(/^(\S+) attempt \d+: /);
  if (!m) return undefined;
  return { key: `health ${m[1]}`, text: `health-check ${line}` };
}

/** The progress a log line reports, or undefined for an ordinary line. */
export function progressOf(line: string): ProgressUpdate | undefined {
  return perf(line) ?? rollout(line) ?? health(line);
}
