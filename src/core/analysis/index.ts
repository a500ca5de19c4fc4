/**
 * Metric analysis: judge a release by its production metrics. `analyze(config, deps)` is the one
 * entry point the analyze action, the CLI and canary steps share (config + providers -> report with
 * verdict and score); providers are injected so the core never talks to a server itself.
 */
export {
  analyze,
  type AnalysisConfig,
  type AnalysisDeps,
  type ComparisonPlan,
  type MeasurementPlan,
} from './analyze.js';
export { parseCondition, CONDITION_FORMS, type Condition } from './conditions.js';
export { ANALYSIS_REPORT_SCHEMA, type AnalysisReport, type MetricResult, type MeasurementRecord } from './report.js';
export { TEMPLATE_VARIABLES } from './template.js';
export * from './types.js';
