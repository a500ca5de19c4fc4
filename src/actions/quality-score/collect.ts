import { isAbsolute, join, relative } from 'node:path';
import { countLines } from '../../core/reports/line-count.js';
import { readDimension } from '../../core/reports/read.js';
import { DIMENSIONS, ReportError, type DimensionData, type DimensionId } from '../../core/reports/types.js';
import { defaultScoreConfig, type ScoreConfig } from '../../core/score/config.js';
import { ScoreConfigError, loadScoreConfig } from '../../core/score/config-file.js';
import type { DimensionInput } from '../../core/score/model.js';
import type { Runtime } from '../../runtime/runtime.js';
import { ConfigError } from '../../shared/errors.js';
import type { QualityScoreInputs } from './inputs.js';

/** Where relative paths resolve: the workspace on a runner, the working directory elsewhere. */
export const workspaceOf = (runtime: Runtime): string => runtime.env.GITHUB_WORKSPACE || runtime.cwd;

const display = (path: string, workspace: string) => {
  const rel = relative(workspace, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

/** The config file (or the defaults) with min-score and max-drop inputs applied on top. */
export async function loadConfig(inputs: QualityScoreInputs, workspace: string): Promise<ScoreConfig> {
  let config = defaultScoreConfig();
  if (inputs.config) {
    const path = isAbsolute(inputs.config) ? inputs.config : join(workspace, inputs.config);
    try {
      config = await loadScoreConfig(path);
    } catch (error) {
      if (!(error instanceof ScoreConfigError)) throw error;
      throw new ConfigError(
        error.problems.map((p) => ({
          input: 'config',
          message: p.message,
          file: display(path, workspace),
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
      const sources = read.sources.map((s) => ({ ...s, path: display(s.path, workspace) }));
      runtime.info(`${id}: read ${sources.map((s) => `${s.path} (${s.format})`).join(', ')}`);
      found[id] = { status: 'read', data, sources };
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      throw new ConfigError([
        { input: id, message: error.problem, file: display(error.file, workspace), line: error.line },
      ]);
    }
  }
  return found;
}
