/**
 * What each report reader extracts: only the counts the scoring model needs, so a score can be
 * recomputed by hand from the numbers shown in the summary.
 */
export type DimensionId = 'tests' | 'coverage' | 'lint' | 'security' | 'performance' | 'health' | 'analysis';

export const DIMENSIONS: readonly DimensionId[] = ['tests', 'coverage', 'lint', 'security', 'performance', 'health', 'analysis'];

export type ReportFormat =
  | 'junit'
  | 'lcov'
  | 'cobertura'
  | 'istanbul-summary'
  | 'eslint'
  | 'sarif'
  | 'npm-audit'
  | 'perf-gate'
  | 'health-check'
  | 'smoke-test'
  | 'analysis';

export interface TestCounts {
  tests: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  /** First few failing tests as `suite > name`, for the summary. */
  failures: string[];
}

export interface CoverageCounts {
  linesFound: number;
  linesHit: number;
  branchesFound: number;
  branchesHit: number;
}

export interface LintCounts {
  errors: number;
  warnings: number;
  notes: number;
  /** Files the linter reported on (ESLint entries, SARIF artifacts). */
  files: string[];
  /** Lines of code those files hold, when they could be counted on disk (the lint density's denominator). */
  lines?: number;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info' | 'unknown';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info', 'unknown'];
export type SecurityCounts = Record<Severity, number>;

export interface PerfThreshold {
  name: string;
  measured: number;
  limit: number;
  /** 'upper' when measured must stay below the limit (latency, error rate), 'lower' when above (rps). */
  bound: 'upper' | 'lower';
}

export interface PerformanceData {
  /** One entry per perf-gate report. */
  runs: { passed: boolean; verdict: string }[];
  thresholds: PerfThreshold[];
}

export interface HealthData {
  checks: number;
  passed: number;
  failing: string[];
}

/** analyze reports (deploy-kit/analysis-report@1): each run's 0-100 score and verdict. */
export interface AnalysisData {
  runs: { score: number; verdict: string; failing: string[] }[];
}

export interface DimensionData {
  tests: TestCounts;
  coverage: CoverageCounts;
  lint: LintCounts;
  security: SecurityCounts;
  performance: PerformanceData;
  health: HealthData;
  analysis: AnalysisData;
}

/** One file that was read, and what it was read as. */
export interface SourceFile {
  path: string;
  format: ReportFormat;
}

/** A report that cannot be read, naming the file and what is wrong with it. */
export class ReportError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly problem: string;

  constructor(file: string, problem: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ReportError';
    this.problem = problem;
    this.file = file;
    this.line = line;
  }
}
