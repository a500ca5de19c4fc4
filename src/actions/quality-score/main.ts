import { join } from 'node:path';
import { readBaseline, applyBaseline, toReport } from '../../core/score/baseline.js';
import { writeBadges } from '../../core/score/badge.js';
import { computeScore, type ScoreResult } from '../../core/score/model.js';
import { ReportError } from '../../core/reports/types.js';
import type { Runtime } from '../../runtime/runtime.js';
import { ConfigError } from '../../shared/errors.js';
import { checkReportTarget, reportPath, writeJsonReport } from '../../shared/report-file.js';
import { runAction, type ActionDefinition } from '../harness.js';
import { collectDimensions, loadConfig } from './collect.js';
import { inputs, type QualityScoreInputs } from './inputs.js';
import { publishComment, type CommentResult } from './publish.js';
import { renderSummary } from './summary.js';
import { inWorkspace } from '../../shared/files.js';
import { workspaceOf } from '../shared/workspace.js';

export interface QualityScoreRun {
  result: ScoreResult;
  report: string;
  comment: CommentResult;
  badges?: { json: string; svg: string };
}

async function baselineFor(inputs: QualityScoreInputs, workspace: string) {
  if (!inputs.baseline) return undefined;
  try {
    return await readBaseline(inWorkspace(workspace, inputs.baseline));
  } catch (error) {
    if (error instanceof ReportError) throw ConfigError.single('baseline', error.problem, { file: inputs.baseline });
    throw error;
  }
}

async function execute(inputs: QualityScoreInputs, runtime: Runtime): Promise<QualityScoreRun> {
  const workspace = workspaceOf(runtime);
  const config = await loadConfig(inputs, workspace);
  const baseline = await baselineFor(inputs, workspace);
  const found = await runtime.group('Read reports', () => collectDimensions(inputs, config, runtime));
  let result = computeScore(found, config);
  if (baseline) result = applyBaseline(result, baseline, config);
  for (const note of result.notes) runtime.warning(note);
  const report = await writeJsonReport(
    reportPath(inputs.report, workspace, runtime.tempDir, 'quality-score.json'),
    toReport(result, new Date()),
  );
  if (inputs.badge) await checkReportTarget(join(inWorkspace(workspace, inputs.badge), 'quality-badge.json'), 'badge');
  const badges = inputs.badge ? await writeBadges(result, inWorkspace(workspace, inputs.badge)) : undefined;
  const comment = inputs.comment
    ? await publishComment(result, report, inputs['github-token'], runtime)
    : { status: 'skipped' as const, reason: 'comment is false' };
  runtime.info(`quality score ${result.score} (${result.grade}), verdict ${result.verdict}; report ${report}`);
  return { result, report, comment, badges };
}

/** quality-score: reads the pipeline's reports and gates the release on one explainable score. */
export const definition: ActionDefinition<typeof inputs, QualityScoreRun> = {
  name: 'quality-score',
  inputs,
  execute,
  outputs: ({ result, report }) => ({
    score: result.score,
    grade: result.grade,
    verdict: result.verdict,
    passed: result.passed,
    dimensions: JSON.stringify(
      result.dimensions.map((d) => ({
        id: d.id,
        status: d.status,
        score: d.score ?? null,
        weight: d.weight,
        share: d.effectiveWeight,
        minimum: d.minimum,
        verdict: d.verdict,
        delta: d.delta ?? null,
      })),
    ),
    report,
  }),
  summary: ({ result }) => renderSummary(result),
  failure: ({ result }) =>
    result.passed
      ? undefined
      : `quality gate ${result.verdict} at ${result.score} (${result.grade}): ${result.failedRules.map((r) => r.message).join('; ')}`,
};

export const run = (runtime: Runtime) => runAction(definition, runtime);
