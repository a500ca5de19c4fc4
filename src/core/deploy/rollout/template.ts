import { POD_TEMPLATE_HASH } from './revisions.js';

/** Strips what the controller adds to a template so templates compare like kubectl compares them. */
export function normalizeTemplate(template: unknown): Record<string, any> {
  const copy = JSON.parse(JSON.stringify(template ?? {})) as Record<string, any>;
  delete copy.$patch;
  if (copy.metadata?.labels) {
    delete copy.metadata.labels[POD_TEMPLATE_HASH];
    if (Object.keys(copy.metadata.labels).length === 0) delete copy.metadata.labels;
  }
  if (copy.metadata?.creationTimestamp === null) delete copy.metadata.creationTimestamp;
  return copy;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Semantic equality of two pod templates, ignoring the hash label and key order. */
export const sameTemplate = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(normalizeTemplate(a))) === JSON.stringify(canonical(normalizeTemplate(b)));
