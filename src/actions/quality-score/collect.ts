import { countLines } from '../../core/reports/line-count.js';
import { readDimension } from '../../core/reports/read.js';
import { DIMENSIONS, ReportError, type DimensionData, type DimensionId } from '../../core/reports/types.js';
import { defaultScoreConfig, type ScoreConfig } from '../../core/score/config.js';
import { ScoreConfigError, loadScoreConfig } from '../../core/score/config-file.js';
import type { DimensionInput } from '../../core/score/model.js';
import type { Runtime } from '../../runtime/runtime.js';
import { ConfigError } from '../../shared/errors.js';
import type { QualityScoreInputs } from './inputs.js';
import { displayPath, inWorkspace } from '../../shared/files.js';
import { workspaceOf } from '../shared/workspace.js';

/** The config file (or the defaults) with min-score and max-drop inputs applied on top. */
export async function loadConfig(inputs: QualityScoreInputs, workspace: string): Promise<ScoreConfig> {
  let config = defaultScoreConfig();
  if (inputs.config) {
    const path = inWorkspace(workspace, inputs.config);
    try {
      config = await loadScoreConfig(path);
    } catch (error) {
      if (!(error instanceof ScoreConfigError)) throw error;
      throw new ConfigError(
        error.problems.map((p) => ({
          input: 'config',
          message: p.message,
          file: displayPath(workspace, path),
          line: p.line,
        })),
      );
    }
  }
  if (inputs['min-score'] !== undefined) config['min-score'] = inputs['min-score'];
  if (inputs['max-drop'] !== undefined) config['max-drop'] = inputs['max-drop'];
  if (config['marginal-score'] > config['min-score']) config['marginal-score'] = config['min-score'];
  return config;
}

async function withLines(
  data: DimensionData['lint'],
  workspace: string,
  runtime: Runtime,
): Promise<DimensionData['lint']> {
  const { lines, counted } = await countLines(data.files, workspace);
  runtime.debug(`lint: counted ${lines} lines in ${counted} of ${data.files.length} linted files`);
  return { ...data, lines };
}

/**
 * Reads every dimension whose input was given. A malformed report is a ConfigError naming the
 * input, the file and (for XML and lcov) the line, so the step fails before any score is made.
 */
export async function collectDimensions(
  inputs: QualityScoreInputs,
  config: ScoreConfig,
  runtime: Runtime,
): Promise<Partial<Record<DimensionId, DimensionInput>>> {
  const workspace = workspaceOf(runtime);
  const found: Partial<Record<DimensionId, DimensionInput>> = {};
  for (const id of DIMENSIONS) {
    const items = inputs[id] ?? [];
    if (items.length === 0) continue;
    try {
      const read = await readDimension(id, items, { cwd: workspace });
      if (read.status === 'missing') {
        runtime.warning(`${id}: ${read.reason}`);
        found[id] = { status: 'missing', reason: read.reason };
        continue;
      }
      const data =
        id === 'lint' && config.dimensions.lint.lines === null
          ? await withLines(read.data as DimensionData['lint'], workspace, runtime)
          : read.data;
      const sources = read.sources.map((s) => ({ ...s, path: displayPath(workspace, s.path) }));
      runtime.info(`${id}: read ${sources.map((s) => `${s.path} (${s.format})`).join(', ')}`);
      found[id] = { status: 'read', data, sources };
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      throw new ConfigError([
        { input: id, message: error.problem, file: displayPath(workspace, error.file), line: error.line },
      ]);
    }
  }
  return found;
}
