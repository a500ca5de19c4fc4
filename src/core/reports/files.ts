import { open, stat } from 'node:fs/promises';
import { globPaths, isGlobPattern } from '../../shared/glob.js';
import { ReportError, type ReportFormat } from './types.js';
import { inWorkspace } from '../../shared/files.js';

/** Formats a list item may name explicitly as `format:path-or-glob`. */
export const FORMATS: readonly ReportFormat[] = [
  'junit', 'lcov', 'cobertura', 'istanbul-summary', 'eslint', 'sarif', 'npm-audit', 'perf-gate', 'health-check', 'smoke-test',
];

/** JSON reports are parsed whole; past this size they must be streamed formats instead. */
export const DEFAULT_JSON_LIMIT_BYTES = 256 * 1024 * 1024;

export interface ReportSpec {
  pattern: string;
  format?: ReportFormat;
}

/** `sarif:out/*.sarif` names the format; anything else is a plain path or glob, detected by content. */
export function parseSpec(item: string): ReportSpec {
  const at = item.indexOf(':');
  const prefix = at > 0 ? item.slice(0, at) : '';
  if ((FORMATS as readonly string[]).includes(prefix)) return { pattern: item.slice(at + 1).trim(), format: prefix as ReportFormat };
  return { pattern: item };
}


/**
 * Expands one path or glob (relative to `cwd`) into the files it matches, sorted so the result
 * (and the score's list of sources) does not depend on directory order.
 */
export async function expandPattern(pattern: string, cwd: string): Promise<string[]> {
  if (!isGlobPattern(pattern)) {
    const path = inWorkspace(cwd, pattern);
    const info = await stat(path).catch(() => undefined);
    return info?.isFile() ? [path] : [];
  }
  const files: string[] = [];
  for (const path of await globPaths(pattern, cwd)) if ((await stat(path).catch(() => undefined))?.isFile()) files.push(path);
  return files;
}

/** The first bytes of a file, enough to tell its format apart without reading all of it. */
export async function readHead(path: string, bytes = 4096): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}

/** Parses a JSON report, refusing files over the size guard instead of exhausting memory. */
export async function readJson(path: string, limitBytes = DEFAULT_JSON_LIMIT_BYTES): Promise<unknown> {
  const { size } = await stat(path);
  if (size > limitBytes) {
    throw new ReportError(path, `JSON report is ${size} bytes, over the ${limitBytes}-byte limit for JSON reports; split it or produce a streamed format (JUnit XML, lcov, Cobertura)`);
  }
  const handle = await open(path, 'r');
  let text: string;
  try {
    text = (await handle.readFile('utf8')).replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
  if (text.trim() === '') throw new ReportError(path, 'file is empty, expected a JSON document');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ReportError(path, `not valid JSON: ${(error as Error).message}`);
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
