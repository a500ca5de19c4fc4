import { readTextFile } from '../../shared/files.js';
import { issueLine, parseYamlSource } from '../../shared/yaml-source.js';
import { scoreConfigSchema, type ScoreConfig } from './config.js';

export interface ConfigProblem {
  message: string;
  line?: number;
}

/** A config that failed validation: every problem, each with the line it sits on. */
export class ScoreConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super(problems.map((p) => `${file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'));
    this.name = 'ScoreConfigError';
  }
}

/**
 * Parses and validates a YAML score config. YAML and schema problems point at file:line (from
 * the document's node ranges), so the user fixes the right line the first time.
 */
export function parseScoreConfig(text: string, file: string): ScoreConfig {
  const source = parseYamlSource(text);
  if (source.syntaxErrors.length) {
    throw new ScoreConfigError(
      file,
      source.syntaxErrors.map((e) => ({ message: `invalid YAML: ${e.message}`, line: e.line })),
    );
  }
  const parsed = scoreConfigSchema.safeParse(source.value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    const message = keys.length
      ? `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `'${k}'`).join(', ')} in ${issue.path.join('.') || 'the top level'}`
      : `${where}: ${issue.message}`;
    return { message, line: issueLine(source, issue) };
  });
  throw new ScoreConfigError(
    file,
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  );
}

export async function loadScoreConfig(path: string): Promise<ScoreConfig> {
  const text = await readTextFile(path, (reason) => new ScoreConfigError(path, [{ message: `config file ${reason}` }]));
  return parseScoreConfig(text, path);
}
