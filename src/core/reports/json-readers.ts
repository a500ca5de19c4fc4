import { isRecord } from './files.js';
import { ReportError, type CoverageCounts, type LintCounts, type SecurityCounts, type Severity } from './types.js';

/** `total.lines` of an istanbul/vitest coverage-summary.json (json-summary reporter). */
export function coverageFromIstanbul(path: string, data: unknown): CoverageCounts {
  const total = isRecord(data) ? data.total : undefined;
  const lines = isRecord(total) ? total.lines : undefined;
  if (!isRecord(lines) || typeof lines.total !== 'number' || typeof lines.covered !== 'number') {
    throw new ReportError(path, 'coverage summary needs total.lines.total and total.lines.covered numbers (istanbul json-summary)');
  }
  const branches = isRecord(total) && isRecord(total.branches) ? total.branches : {};
  return {
    linesFound: lines.total,
    linesHit: lines.covered,
    branchesFound: typeof branches.total === 'number' ? branches.total : 0,
    branchesHit: typeof branches.covered === 'number' ? branches.covered : 0,
  };
}

/** ESLint's `--format json`: an array of files, each with messages of severity 1 (warning) or 2 (error). */
export function lintFromEslint(path: string, data: unknown): LintCounts {
  if (!Array.isArray(data)) throw new ReportError(path, 'ESLint JSON must be an array of { filePath, messages } entries');
  const counts: LintCounts = { errors: 0, warnings: 0, notes: 0, files: [] };
  data.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.filePath !== 'string' || !Array.isArray(entry.messages)) {
      throw new ReportError(path, `entry ${index} is not an ESLint result (needs filePath and messages)`);
    }
    counts.files.push(entry.filePath);
    for (const message of entry.messages) {
      const severity = isRecord(message) ? message.severity : undefined;
      if (severity === 2) counts.errors++;
      else if (severity === 1) counts.warnings++;
      else counts.notes++;
    }
  });
  return counts;
}

const NPM_SEVERITY: Record<string, Severity> = {
  critical: 'critical', high: 'high', moderate: 'medium', medium: 'medium', low: 'low', info: 'info',
};

export const emptySecurity = (): SecurityCounts => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 });

/**
 * `npm audit --json`: v2 (npm 7+) lists `vulnerabilities` by package with a severity; v1 lists
 * `advisories`. Each vulnerable package counts once at its severity; npm's `moderate` is medium.
 */
export function securityFromNpmAudit(path: string, data: unknown): SecurityCounts {
  if (!isRecord(data)) throw new ReportError(path, 'npm audit JSON must be an object');
  const entries = isRecord(data.vulnerabilities) ? data.vulnerabilities : isRecord(data.advisories) ? data.advisories : undefined;
  if (!entries) {
    if (typeof data.error === 'object') throw new ReportError(path, `npm audit reported an error instead of results: ${JSON.stringify(data.error).slice(0, 200)}`);
    throw new ReportError(path, 'npm audit JSON has neither `vulnerabilities` (v2) nor `advisories` (v1)');
  }
  const counts = emptySecurity();
  for (const [name, entry] of Object.entries(entries)) {
    const severity = isRecord(entry) ? entry.severity : undefined;
    if (!isRecord(entry)) throw new ReportError(path, `vulnerability '${name}' is not an object`);
    counts[NPM_SEVERITY[String(severity).toLowerCase()] ?? 'unknown']++;
  }
  return counts;
}
