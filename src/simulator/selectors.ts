import { badRequest } from './api-error.js';
import type { Obj } from './types.js';

type Requirement = (labels: Record<string, string>) => boolean;

/** Splits on commas that are not inside parentheses ("a in (x,y),b" -> 2 parts). */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function parseRequirement(part: string): Requirement {
  let m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part);
  if (m) {
    const [, key, op, list] = m;
    const values = list.split(',').map((v) => v.trim());
    return op === 'in' ? (l) => key in l && values.includes(l[key]) : (l) => !(key in l) || !values.includes(l[key]);
  }
  m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(part);
  if (m) {
    const [, key, op, value] = m;
    return op === '!=' ? (l) => l[key] !== value : (l) => l[key] === value;
  }
  m = /^(!?)([\w./-]+)$/.exec(part);
  if (m) return m[1] ? (l) => !(m![2] in l) : (l) => m![2] in l;
  throw badRequest(`unable to parse requirement: found '${part}', expected: in, notin, =, ==, !=, gt, lt`);
}

/** Parses a label selector string; throws 400 BadRequest like the API server on bad syntax. */
export function parseLabelSelector(
  text: string | null | undefined,
): (labels: Record<string, string> | undefined) => boolean {
  if (!text) return () => true;
  const reqs = splitTop(text).map(parseRequirement);
  return (labels) => reqs.every((r) => r(labels ?? {}));
}

const FIELD_OK =
  /^(metadata\.name|metadata\.namespace|status\.phase|spec\.nodeName|spec\.restartPolicy|spec\.schedulerName|spec\.serviceAccountName|status\.podIP|type|reason|source|involvedObject\.[a-zA-Z]+)$/;

function fieldValue(obj: Obj, path: string): string {
  let cur: unknown = obj;
  for (const seg of path.split('.')) cur = cur && typeof cur === 'object' ? (cur as Obj)[seg] : undefined;
  return cur === undefined || cur === null ? '' : String(cur);
}

/** Parses a field selector; unsupported fields are a 400 like the real API ("field label not supported"). */
export function parseFieldSelector(text: string | null | undefined, kind: string): (obj: Obj) => boolean {
  if (!text) return () => true;
  const reqs = splitTop(text).map((part) => {
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
    const [, field, op, value] = m;
    if (!FIELD_OK.test(field))
      throw badRequest(`"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
    void kind;
    return (o: Obj) => (op === '!=' ? fieldValue(o, field) !== value : fieldValue(o, field) === value);
  });
  return (obj) => reqs.every((r) => r(obj));
}

/** Matches a LabelSelector object (matchLabels + matchExpressions) as controllers and Services use it. */
export function selectorMatches(selector: Obj | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return false;
  const l = labels ?? {};
  const ml = (selector.matchLabels ?? {}) as Record<string, string>;
  if (!Object.entries(ml).every(([k, v]) => l[k] === v)) return false;
  for (const e of (selector.matchExpressions ?? []) as Obj[]) {
    const has = e.key in l;
    const vals: string[] = e.values ?? [];
    if (e.operator === 'In' && !(has && vals.includes(l[e.key]))) return false;
    if (e.operator === 'NotIn' && has && vals.includes(l[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return Object.keys(ml).length > 0 || (selector.matchExpressions ?? []).length > 0;
}

/** "app=web,tier=front": the label selector string of a LabelSelector (Scale status, kubectl). */
export function selectorString(selector: Obj | undefined): string {
  const parts = Object.entries((selector?.matchLabels ?? {}) as Record<string, string>).map(([k, v]) => `${k}=${v}`);
  for (const e of (selector?.matchExpressions ?? []) as Obj[]) {
    if (e.operator === 'In') parts.push(`${e.key} in (${e.values.join(',')})`);
    if (e.operator === 'NotIn') parts.push(`${e.key} notin (${e.values.join(',')})`);
    if (e.operator === 'Exists') parts.push(e.key);
    if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(',');
}
