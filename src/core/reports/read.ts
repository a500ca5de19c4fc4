import { readCobertura } from './cobertura.js';
import { DIMENSION_FORMATS, JSON_FORMATS, detectJsonFormat, detectTextFormat } from './detect.js';
import { expandPattern, parseSpec, readHead, readJson } from './files.js';
import { coverageFromIstanbul, lintFromEslint, securityFromNpmAudit } from './json-readers.js';
import { readJunit } from './junit.js';
import { readLcov } from './lcov.js';
import { mergeData } from './merge.js';
import { analysisFromReport } from './analysis.js';
import { healthFromReport, performanceFromPerfGate } from './perf-health.js';
import { lintFromSarif, securityFromSarif } from './sarif.js';
import { ReportError, type DimensionData, type DimensionId, type ReportFormat, type SourceFile } from './types.js';

export interface ReadOptions {
  cwd: string;
  jsonLimitBytes?: number;
}

/** What one dimension's input resolved to: the merged data, or why there is none. */
export type DimensionRead<D extends DimensionId> =
  | { dimension: D; status: 'read'; data: DimensionData[D]; sources: SourceFile[] }
  | { dimension: D; status: 'missing'; patterns: string[]; reason: string };

async function readStreamed(path: string, format: ReportFormat): Promise<unknown> {
  if (format === 'junit') return readJunit(path);
  if (format === 'lcov') return readLcov(path);
  return readCobertura(path);
}

function fromJson(dimension: DimensionId, format: ReportFormat, path: string, data: unknown): unknown {
  switch (format) {
    case 'istanbul-summary': return coverageFromIstanbul(path, data);
    case 'eslint': return lintFromEslint(path, data);
    case 'sarif': return dimension === 'lint' ? lintFromSarif(path, data) : securityFromSarif(path, data);
    case 'npm-audit': return securityFromNpmAudit(path, data);
    case 'perf-gate': return performanceFromPerfGate(path, data);
    case 'analysis': return analysisFromReport(path, data);
    default: return healthFromReport(path, data, format as 'health-check' | 'smoke-test');
  }
}

/** Reads one file as `explicit` or as the format its content shows, among the dimension's formats. */
export async function readReport(dimension: DimensionId, path: string, explicit: ReportFormat | undefined, options: ReadOptions): Promise<{ format: ReportFormat; data: unknown }> {
  const accepted = DIMENSION_FORMATS[dimension];
  const expected = `expected ${accepted.join(', ')}; name the format explicitly as 'FORMAT:path' if it is one of them`;
  if (explicit && !accepted.includes(explicit)) throw new ReportError(path, `format '${explicit}' is not a ${dimension} report; ${dimension} accepts ${accepted.join(', ')}`);
  const sniffed = explicit ?? detectTextFormat(await readHead(path));
  if (sniffed === undefined) throw new ReportError(path, `could not recognise the ${dimension} report format; ${expected}`);
  if (sniffed !== 'json' && !JSON_FORMATS.has(sniffed)) {
    if (!accepted.includes(sniffed)) throw new ReportError(path, `looks like ${sniffed}, which is not a ${dimension} report; ${expected}`);
    return { format: sniffed, data: await readStreamed(path, sniffed) };
  }
  const json = await readJson(path, options.jsonLimitBytes);
  const format = sniffed === 'json' ? detectJsonFormat(json, accepted) : sniffed;
  if (!format) throw new ReportError(path, `JSON with an unrecognised shape for ${dimension}; ${expected}`);
  return { format, data: fromJson(dimension, format, path, json) };
}

/**
 * Resolves a dimension's list of paths/globs (each optionally `format:`-prefixed), reads every
 * file and merges them. No matching file at all is `missing`; the scoring policy decides.
 */
export async function readDimension<D extends DimensionId>(dimension: D, items: string[], options: ReadOptions): Promise<DimensionRead<D>> {
  const sources: SourceFile[] = [];
  const parts: DimensionData[D][] = [];
  for (const spec of items.map(parseSpec)) {
    for (const path of await expandPattern(spec.pattern, options.cwd)) {
      if (sources.some((s) => s.path === path)) continue;
      const { format, data } = await readReport(dimension, path, spec.format, options);
      sources.push({ path, format });
      parts.push(data as DimensionData[D]);
    }
  }
  if (sources.length === 0) return { dimension, status: 'missing', patterns: items, reason: `no file matches ${items.join(', ')}` };
  return { dimension, status: 'read', data: mergeData(dimension, parts), sources };
}
