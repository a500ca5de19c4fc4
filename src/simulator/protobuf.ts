import { ApiError, badRequest } from './api-error.js';
import type { Obj } from './types.js';

/**
 * Decoding of the Kubernetes protobuf envelope ("k8s\0" + runtime.Unknown) for the objects
 * kubectl's typed `create` commands send (namespace, configmap, secret, serviceaccount,
 * deployment, service). Field numbers follow the upstream generated.proto files; fields not
 * listed are skipped. Other kinds answer 415 so the client can retry with JSON.
 */
type Field = [name: string, type: string, repeated?: boolean];
type Schema = Record<number, Field>;

const S: Record<string, Schema> = {
  Unknown: { 1: ['typeMeta', 'TypeMeta'], 2: ['raw', 'bytes'] },
  TypeMeta: { 1: ['apiVersion', 'string'], 2: ['kind', 'string'] },
  ObjectMeta: {
    1: ['name', 'string'],
    2: ['generateName', 'string'],
    3: ['namespace', 'string'],
    11: ['labels', 'map'],
    12: ['annotations', 'map'],
    14: ['finalizers', 'string', true],
  },
  Namespace: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'NamespaceSpec'] },
  NamespaceSpec: { 1: ['finalizers', 'string', true] },
  ConfigMap: {
    1: ['metadata', 'ObjectMeta'],
    2: ['data', 'map'],
    3: ['binaryData', 'bytesmap'],
    4: ['immutable', 'bool'],
  },
  Secret: {
    1: ['metadata', 'ObjectMeta'],
    2: ['data', 'bytesmap'],
    3: ['type', 'string'],
    4: ['stringData', 'map'],
    5: ['immutable', 'bool'],
  },
  ServiceAccount: { 1: ['metadata', 'ObjectMeta'], 4: ['automountServiceAccountToken', 'bool'] },
  Deployment: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'DeploymentSpec'] },
  DeploymentSpec: {
    1: ['replicas', 'int'],
    2: ['selector', 'LabelSelector'],
    3: ['template', 'PodTemplateSpec'],
    4: ['strategy', 'DeploymentStrategy'],
    5: ['minReadySeconds', 'int'],
    6: ['revisionHistoryLimit', 'int'],
    7: ['paused', 'bool'],
    9: ['progressDeadlineSeconds', 'int'],
  },
  DeploymentStrategy: { 1: ['type', 'string'] },
  LabelSelector: { 1: ['matchLabels', 'map'] },
  PodTemplateSpec: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'PodSpec'] },
  PodSpec: {
    2: ['containers', 'Container', true],
    3: ['restartPolicy', 'string'],
    6: ['dnsPolicy', 'string'],
    8: ['serviceAccountName', 'string'],
  },
  Container: {
    1: ['name', 'string'],
    2: ['image', 'string'],
    3: ['command', 'string', true],
    4: ['args', 'string', true],
    6: ['ports', 'ContainerPort', true],
    7: ['env', 'EnvVar', true],
    8: ['resources', 'Empty'],
    14: ['imagePullPolicy', 'string'],
  },
  ContainerPort: { 1: ['name', 'string'], 3: ['containerPort', 'int'], 4: ['protocol', 'string'] },
  EnvVar: { 1: ['name', 'string'], 2: ['value', 'string'] },
  Empty: {},
  Service: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'ServiceSpec'] },
  ServiceSpec: {
    1: ['ports', 'ServicePort', true],
    2: ['selector', 'map'],
    3: ['clusterIP', 'string'],
    4: ['type', 'string'],
  },
  ServicePort: {
    1: ['name', 'string'],
    2: ['protocol', 'string'],
    3: ['port', 'int'],
    4: ['targetPort', 'IntOrString'],
    5: ['nodePort', 'int'],
  },
  IntOrString: { 1: ['type', 'int'], 2: ['intVal', 'int'], 3: ['strVal', 'string'] },
};

/**
 * Go's proto2 encoding writes every non-pointer field, empty or not; JSON (omitempty) would leave
 * "", 0 and false out. Only these pointer fields keep a zero value.
 */
const POINTER = new Set([
  'replicas',
  'revisionHistoryLimit',
  'progressDeadlineSeconds',
  'immutable',
  'automountServiceAccountToken',
  'intVal',
  'type',
]);

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}
  get done(): boolean {
    return this.pos >= this.buf.length;
  }
  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.buf.length) throw badRequest('protobuf: truncated varint');
      const b = this.buf[this.pos++];
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
      shift += 7;
      if (shift > 63) throw badRequest('protobuf: varint too long');
    }
  }
  bytes(): Buffer {
    const len = this.varint();
    if (this.pos + len > this.buf.length) throw badRequest('protobuf: truncated field');
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 2) this.bytes();
    else if (wire === 1) this.pos += 8;
    else if (wire === 5) this.pos += 4;
    else throw badRequest(`protobuf: unsupported wire type ${wire}`);
  }
}

function mapEntry(buf: Buffer, bytesValues: boolean): [string, string] {
  const r = new Reader(buf);
  let key = '';
  let value = '';
  while (!r.done) {
    const tag = r.varint();
    const data = r.bytes();
    if (tag >>> 3 === 1) key = data.toString('utf8');
    else value = bytesValues ? data.toString('base64') : data.toString('utf8');
  }
  return [key, value];
}

function decode(buf: Buffer, type: string, depth = 0): Obj {
  if (depth > 20) throw badRequest('protobuf: nesting too deep');
  const schema = S[type];
  const out: Obj = {};
  const r = new Reader(buf);
  while (!r.done) {
    const tag = r.varint();
    const [name, ftype, repeated] = schema[Math.floor(tag / 8)] ?? [];
    const wire = tag & 7;
    if (!name) {
      r.skip(wire);
      continue;
    }
    let value: unknown;
    if (ftype === 'int') value = r.varint();
    else if (ftype === 'bool') value = r.varint() !== 0;
    else if (ftype === 'string') value = r.bytes().toString('utf8');
    else if (ftype === 'bytes') value = r.bytes();
    else if (ftype === 'map' || ftype === 'bytesmap') {
      const [k, v] = mapEntry(r.bytes(), ftype === 'bytesmap');
      out[name] = { ...out[name], [k]: v };
      continue;
    } else value = decode(r.bytes(), ftype, depth + 1);
    if (repeated) (out[name] ??= []).push(value);
    else if (value === '' || ((value === 0 || value === false) && !POINTER.has(name))) continue;
    else out[name] = value;
  }
  return out;
}

function intOrString(v: Obj): number | string {
  return v.type === 1 ? (v.strVal ?? '') : (v.intVal ?? 0);
}

/** Decodes a protobuf request body into the JSON object the API would have received. */
export function decodeProtobuf(body: Buffer): Obj {
  if (body.length < 4 || body.subarray(0, 4).toString('latin1') !== 'k8s\u0000')
    throw badRequest('protobuf: missing the k8s envelope');
  const unknown = decode(body.subarray(4), 'Unknown');
  const kind: string = unknown.typeMeta?.kind ?? '';
  if (!S[kind] || !['Namespace', 'ConfigMap', 'Secret', 'ServiceAccount', 'Deployment', 'Service'].includes(kind)) {
    throw new ApiError(
      415,
      'UnsupportedMediaType',
      `protobuf bodies of kind "${kind}" are not supported by the simulator; send application/json`,
    );
  }
  const obj = decode(unknown.raw ?? Buffer.alloc(0), kind);
  for (const p of obj.spec?.ports ?? []) if (p.targetPort) p.targetPort = intOrString(p.targetPort);
  return { apiVersion: unknown.typeMeta.apiVersion, kind, ...obj };
}
