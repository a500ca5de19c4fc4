import { ALIAS_LIMIT_MESSAGE } from '../../shared/yaml-source.js';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../kube/types.js';
import type { Manifest, ManifestProblem } from './types.js';

/** Line numbers of offsets asked in increasing order, counting each newline once (documents come in order). */
function lineCounter(text: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    if (offset < position) {
      position = 0;
      line = 1;
    }
    for (; position < offset && position < text.length; position++) if (text.charCodeAt(position) === 10) line++;
    return line;
  };
}

function checkShape(value: unknown): { field?: string; message: string } | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { message: 'is not a mapping (a Kubernetes object needs apiVersion, kind and metadata)' };
  const o = value as Record<string, unknown>;
  if (typeof o.apiVersion !== 'string' || !o.apiVersion) return { field: 'apiVersion', message: 'is missing' };
  if (typeof o.kind !== 'string' || !o.kind) return { field: 'kind', message: 'is missing' };
  if (o.kind.endsWith('List') && Array.isArray(o.items)) return undefined;
  const meta = o.metadata as Record<string, unknown> | undefined;
  if (!meta || typeof meta !== 'object') return { field: 'metadata', message: 'is missing' };
  if (typeof meta.name !== 'string' || !meta.name) {
    return {
      field: 'metadata.name',
      message: meta.generateName ? 'is required (generateName cannot be applied idempotently)' : 'is missing',
    };
  }
  return undefined;
}

/**
 * Splits multi-document YAML into objects, each tagged with file, document index and line.
 * Empty documents are skipped (a trailing `---`), `kind: List` is flattened, and every YAML
 * syntax or shape error becomes a problem instead of an exception.
 */
export function parseManifestText(text: string, file: string): { manifests: Manifest[]; problems: ManifestProblem[] } {
  const manifests: Manifest[] = [];
  const problems: ManifestProblem[] = [];
  const lineOf = lineCounter(text);
  parseAllDocuments(text).forEach((doc, document) => {
    const line = lineOf(doc.contents?.range?.[0] ?? doc.range?.[0] ?? 0);
    const source = { file, document, line };
    if (doc.errors.length) {
      problems.push({
        source: { ...source, line: doc.errors[0].linePos?.[0]?.line ?? line },
        message: `YAML syntax: ${doc.errors[0].message.split('\n')[0]}`,
      });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS();
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      problems.push({ source, message: `YAML: ${ALIAS_LIMIT_MESSAGE}` });
      return;
    }
    if (value === null || value === undefined) return;
    const problem = checkShape(value);
    if (problem) {
      problems.push({ source, ...problem });
      return;
    }
    const object = value as KubeObject & { items?: unknown[] };
    if (object.kind.endsWith('List') && Array.isArray(object.items)) {
      object.items.forEach((item, index) => {
        const itemProblem = checkShape(item);
        if (itemProblem)
          problems.push({
            source,
            field: `items[${index}]${itemProblem.field ? `.${itemProblem.field}` : ''}`,
            message: itemProblem.message,
          });
        else manifests.push({ object: item as KubeObject, source });
      });
      return;
    }
    manifests.push({ object, source });
  });
  return { manifests, problems };
}
