import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

export type YamlPath = (string | number)[];

/** A YAML text parsed with positions, so every validation problem can name the line to fix. */
export interface YamlSource {
  /** Syntax errors (first line of the parser's message), each at its line. */
  syntaxErrors: { message: string; line: number }[];
  /** The document as plain data ({} when empty). */
  value: unknown;
  /** Line of the value at `path`, or of the nearest enclosing node that exists; `atKey`: of the last key itself. */
  lineOf(path: YamlPath, atKey?: boolean): number | undefined;
}

function keyLine(doc: Document, lines: LineCounter, path: YamlPath): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
  const range = isNode(pair?.key) ? pair.key.range : undefined;
  return range ? lines.linePos(range[0]).line : undefined;
}

export function parseYamlSource(text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  // The parser may notice an unclosed bracket only at the end of the text: point at the last real line.
  const lastLine = text.trimEnd().split('\n').length;
  const lineOf = (path: YamlPath, atKey = false): number | undefined => {
    const atKeyLine = atKey && path.length ? keyLine(doc, lines, path) : undefined;
    if (atKeyLine !== undefined) return atKeyLine;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && !isAlias(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const syntaxErrors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0],
    line: Math.min(lines.linePos(e.pos[0]).line, lastLine),
  }));
  const value = syntaxErrors.length ? undefined : toPlainData(doc, syntaxErrors);
  return { syntaxErrors, value, lineOf };
}

/** Alias expansion beyond the parser's limit (a "billion laughs" bomb) is an error of the file, with its line. */
export const ALIAS_LIMIT_MESSAGE =
  'too many alias expansions (a YAML alias bomb, or one anchor reused excessively); write the values out';

function toPlainData(doc: Document, errors: { message: string; line: number }[]): unknown {
  try {
    return doc.toJS() ?? {};
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    errors.push({ message: ALIAS_LIMIT_MESSAGE, line: 1 });
    return undefined;
  }
}

/** The path of a zod issue without symbol keys; for an unknown key, the path of that key. */
export function issuePath(issue: z.core.$ZodIssue): { path: YamlPath; unknownKey?: string } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  return issue.code === 'unrecognized_keys' ? { path, unknownKey: issue.keys[0] } : { path };
}

/** The line a zod issue points at: an unknown key at the key itself, anything else at its value. */
export function issueLine(source: YamlSource, issue: z.core.$ZodIssue): number | undefined {
  const { path, unknownKey } = issuePath(issue);
  return unknownKey === undefined ? source.lineOf(path) : source.lineOf([...path, unknownKey], true);
}
