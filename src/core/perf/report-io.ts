import { readTextFile } from '../../shared/files.js';
import { ConfigError } from '../../shared/errors.js';
import { decodeHistogram } from './histogram.js';
import { REPORT_SCHEMA, type PerfReport } from './report.js';

/**
 * Reads a perf-gate report named by an input (baseline, reports) and checks it is one: a missing
 * file, bad JSON, another schema or an undecodable histogram is a ConfigError naming that input.
 */
export async function readReport(path: string, input: string): Promise<PerfReport> {
  const text = await readTextFile(path, (reason) =>
    ConfigError.single(
      input,
      `cannot read perf-gate report '${path}': it ${reason}; give the path of a report a previous perf-gate run wrote`,
    ),
  );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw ConfigError.single(input, `'${path}' is not JSON; give the path of a perf-gate report`, { file: path });
  }
  const problem = reportProblem(data);
  if (problem)
    throw ConfigError.single(input, `'${path}' is not a usable perf-gate report: ${problem}`, { file: path });
  return data as PerfReport;
}

function reportProblem(data: unknown): string | undefined {
  const report = data as Partial<PerfReport> | null;
  if (!report || typeof report !== 'object') return 'not a JSON object';
  if (report.schema !== REPORT_SCHEMA) return `schema is '${String(report.schema)}', expected '${REPORT_SCHEMA}'`;
  if (!Array.isArray(report.runs) || report.runs.length === 0) return 'it has no runs';
  if (!Array.isArray(report.timeline)) return 'it has no timeline';
  if (typeof report.histogram !== 'string') return 'it has no encoded histogram';
  try {
    decodeHistogram(report.histogram);
    for (const run of report.runs) decodeHistogram(run.histogram);
  } catch {
    return 'its histogram does not decode (edited or truncated?)';
  }
  return undefined;
}
