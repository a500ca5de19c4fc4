/** Objects are plain JSON as the API serves them; the simulator never needs typed Kubernetes models. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;

/** The metadata every stored object has, typed for code that reads it (Obj itself stays loose JSON). */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** The metadata of a stored object (the store always sets it). */
export const metaOf = (o: Obj): ObjectMeta => o.metadata as ObjectMeta;

/** What a handler returns: a status code and a JSON body (or a streaming/raw response already sent). */
export interface Reply {
  code: number;
  body: unknown;
  contentType?: string;
}

/** Deep copy of JSON data; stored objects are never shared with callers. */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Structural equality of JSON values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ao = a as Obj;
  const bo = b as Obj;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => deepEqual(ao[k], bo[k]));
}

/** A plain JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** RFC 3339 seconds, the precision Kubernetes uses for metadata timestamps. */
export const nowTime = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
