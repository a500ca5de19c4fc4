import { isRecord } from './files.js';
import { emptySecurity } from './json-readers.js';
import { ReportError, type LintCounts, type SecurityCounts, type Severity } from './types.js';

type Json = Record<string, unknown>;

interface SarifFinding {
  level: string;
  securitySeverity?: unknown;
  tags: string[];
  file?: string;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Json => (isRecord(value) ? value : {});

/** Rules by component and index, and by id, from the driver and extensions (CodeQL keeps query rules in extensions). */
function rulesOf(run: Json): { driver: Json[]; extensions: Json[][]; byId: Map<string, Json> } {
  const tool = asRecord(run.tool);
  const driver = asArray(asRecord(tool.driver).rules).map(asRecord);
  const extensions = asArray(tool.extensions).map((e) => asArray(asRecord(e).rules).map(asRecord));
  const byId = new Map<string, Json>();
  for (const rule of [...driver, ...extensions.flat()]) if (typeof rule.id === 'string' && !byId.has(rule.id)) byId.set(rule.id, rule);
  return { driver, extensions, byId };
}

function findingOf(result: Json, rules: ReturnType<typeof rulesOf>): SarifFinding {
  const ref = asRecord(result.rule);
  const index = typeof result.ruleIndex === 'number' ? result.ruleIndex : typeof ref.index === 'number' ? ref.index : -1;
  const id = typeof result.ruleId === 'string' ? result.ruleId : typeof ref.id === 'string' ? ref.id : '';
  const component = asRecord(ref.toolComponent).index;
  const pool = typeof component === 'number' ? (rules.extensions[component] ?? []) : rules.driver;
  const rule = pool[index] ?? rules.byId.get(id) ?? {};
  const ruleProps = asRecord(rule.properties);
  const resultProps = asRecord(result.properties);
  const level = typeof result.level === 'string' ? result.level : String(asRecord(rule.defaultConfiguration).level ?? 'warning');
  const location = asRecord(asRecord(asArray(result.locations)[0]).physicalLocation);
  const uri = asRecord(location.artifactLocation).uri;
  return {
    level,
    securitySeverity: resultProps['security-severity'] ?? ruleProps['security-severity'],
    tags: [...asArray(ruleProps.tags), ...asArray(resultProps.tags)].map(String),
    file: typeof uri === 'string' ? uri : undefined,
  };
}

/** Every result of every run, resolved against its rule; errors name what is missing. */
export function sarifFindings(path: string, data: unknown): SarifFinding[] {
  if (!isRecord(data) || !Array.isArray(data.runs)) throw new ReportError(path, 'SARIF needs a top-level `runs` array');
  const findings: SarifFinding[] = [];
  data.runs.forEach((run, index) => {
    if (!isRecord(run)) throw new ReportError(path, `runs[${index}] is not an object`);
    if (run.results !== undefined && !Array.isArray(run.results)) throw new ReportError(path, `runs[${index}].results is not an array`);
    const rules = rulesOf(run);
    for (const result of asArray(run.results)) findings.push(findingOf(asRecord(result), rules));
  });
  return findings;
}

/** SARIF as code quality: level error -> error, warning -> warning, note/none -> note. */
export function lintFromSarif(path: string, data: unknown): LintCounts {
  const counts: LintCounts = { errors: 0, warnings: 0, notes: 0, files: [] };
  const files = new Set<string>();
  for (const finding of sarifFindings(path, data)) {
    if (finding.level === 'error') counts.errors++;
    else if (finding.level === 'warning') counts.warnings++;
    else counts.notes++;
    if (finding.file) files.add(finding.file);
  }
  counts.files = [...files];
  return counts;
}

const TAG_SEVERITY: Record<string, Severity> = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };
const LEVEL_SEVERITY: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };

/**
 * Severity of one security finding: the CVSS-style `security-severity` (CodeQL, Trivy, Semgrep
 * Pro) by the CVSS v3 bands, else a severity tag (Trivy's CRITICAL/HIGH/...), else the level.
 * A `security-severity` that is not a number 0-10 is `unknown`, never silently dropped.
 */
export function severityOf(finding: SarifFinding): Severity {
  if (finding.securitySeverity !== undefined) {
    const score = Number(finding.securitySeverity);
    if (!Number.isFinite(score) || score < 0 || score > 10 || String(finding.securitySeverity).trim() === '') return 'unknown';
    if (score >= 9) return 'critical';
    if (score >= 7) return 'high';
    if (score >= 4) return 'medium';
    return score > 0 ? 'low' : 'info';
  }
  const tagged = finding.tags.map((tag) => TAG_SEVERITY[tag.toUpperCase()]).find(Boolean);
  return tagged ?? LEVEL_SEVERITY[finding.level] ?? 'unknown';
}

export function securityFromSarif(path: string, data: unknown): SecurityCounts {
  const counts = emptySecurity();
  for (const finding of sarifFindings(path, data)) counts[severityOf(finding)]++;
  return counts;
}
