import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { scoreConfigSchema, type ScoreConfig } from './config.js';

export interface ConfigProblem {
  message: string;
  line?: number;
}

/** A config that failed validation: every problem, each with the line it sits on. */
export class ScoreConfigError extends Error {
  constructor(readonly file: string, readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'));
    this.name = 'ScoreConfigError';
  }
}

function lineOf(doc: Document, counter: LineCounter, path: PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * Parses and validates a YAML score config. YAML and schema problems point at file:line (from
 * the document's node ranges), so the user fixes the right line the first time.
 */
export function parseScoreConfig(text: string, file: string): ScoreConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    throw new ScoreConfigError(file, doc.errors.map((e) => ({ message: `invalid YAML: ${e.message.split('\n')[0]}`, line: counter.linePos(e.pos[0]).line })));
  }
  const value = doc.toJS() ?? {};
  const parsed = scoreConfigSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = keys.length ? [...issue.path, keys[0]] : issue.path;
    const where = path.length ? path.join('.') : '(top level)';
    const message = keys.length ? `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `'${k}'`).join(', ')} in ${issue.path.join('.') || 'the top level'}` : `${where}: ${issue.message}`;
    return { message, line: lineOf(doc, counter, keys.length ? [...issue.path, keys[0]] : issue.path) };
  });
  throw new ScoreConfigError(file, problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
}

export async function loadScoreConfig(path: string): Promise<ScoreConfig> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ScoreConfigError(path, [{ message: error.code === 'ENOENT' ? 'config file does not exist' : `cannot read: ${error.message}` }]);
  });
  return parseScoreConfig(text, path);
}
