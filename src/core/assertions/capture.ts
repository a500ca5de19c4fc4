import type { ProbeResponse } from '../http/types.js';
import { compilePath, queryPath, type CompiledPath } from './jsonpath.js';

/** Where a captured value comes from: `$.token`, `header etag`, `status` or `body`. */
export type CaptureSource =
  { kind: 'jsonpath'; path: CompiledPath } | { kind: 'header'; name: string } | { kind: 'status' } | { kind: 'body' };

/** Parses a capture expression or returns what a valid one looks like. */
export function parseCapture(expression: string): CaptureSource | string {
  const text = expression.trim();
  if (text === 'status' || text === 'body') return { kind: text };
  const header = text.match(/^header\s+(\S+)$/i);
  if (header) return { kind: 'header', name: header[1].toLowerCase() };
  if (!text.startsWith('$')) return `capture '${text}' must be a JSONPath ($.token), 'header NAME', 'status' or 'body'`;
  const path = compilePath(text);
  return typeof path === 'string' ? path : { kind: 'jsonpath', path };
}

/** The captured text, or undefined when the response does not hold it. */
export function extractCapture(source: CaptureSource, response: ProbeResponse): string | undefined {
  if (source.kind === 'status') return String(response.status);
  if (source.kind === 'body') return response.body;
  if (source.kind === 'header') return response.headers[source.name];
  let document: unknown;
  try {
    document = JSON.parse(response.body);
  } catch {
    return undefined;
  }
  const nodes = queryPath(source.path, document);
  if (nodes.length === 0) return undefined;
  const value = source.path.multiple ? nodes : nodes[0];
  return typeof value === 'string' ? value : JSON.stringify(value);
}
