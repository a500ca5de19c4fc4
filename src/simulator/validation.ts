import { ApiError, badRequest, invalid, type StatusCause } from './api-error.js';
import type { ResourceType } from './resources.js';
import { selectorMatches } from './selectors.js';
import { isObject, type Obj } from './types.js';

const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

const required = (field: string, detail = ''): StatusCause => ({
  reason: 'FieldValueRequired',
  field,
  message: `Required value${detail ? `: ${detail}` : ''}`,
});
const badValue = (field: string, value: unknown, detail: string): StatusCause => ({
  reason: 'FieldValueInvalid',
  field,
  message: `Invalid value: ${JSON.stringify(value)}: ${detail}`,
});

function validateName(r: ResourceType, name: unknown, causes: StatusCause[]): void {
  const dns1035 = r.plural === 'services' || r.plural === 'namespaces';
  if (typeof name !== 'string' || !name)
    return void causes.push(required('metadata.name', 'name or generateName is required'));
  if (name.length > (dns1035 ? 63 : 253))
    causes.push(badValue('metadata.name', name, `must be no more than ${dns1035 ? 63 : 253} characters`));
  else if (dns1035 ? !LABEL.test(name) : !SUBDOMAIN.test(name))
    causes.push(badValue('metadata.name', name, dns1035 ? LABEL_MSG : SUBDOMAIN_MSG));
}

/** Go's %#v of a map[string]string, which the real API server prints in this message. */
const goMap = (m: Record<string, string>) =>
  `map[string]string{${Object.keys(m)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(m[k])}`)
    .join(', ')}}`;

function validatePodSpec(spec: Obj | undefined, at: string, causes: StatusCause[]): void {
  const containers = spec?.containers;
  if (!Array.isArray(containers) || containers.length === 0) return void causes.push(required(`${at}.containers`));
  containers.forEach((c: Obj, i: number) => {
    if (!isObject(c)) return;
    if (!c.name) causes.push(required(`${at}.containers[${i}].name`));
    else if (!LABEL.test(c.name)) causes.push(badValue(`${at}.containers[${i}].name`, c.name, LABEL_MSG));
    if (!c.image) causes.push(required(`${at}.containers[${i}].image`));
  });
}

function validateWorkload(obj: Obj, causes: StatusCause[], needsSelector: boolean): void {
  const spec = obj.spec ?? {};
  if (typeof spec.replicas === 'number' && spec.replicas < 0)
    causes.push(badValue('spec.replicas', spec.replicas, 'must be greater than or equal to 0'));
  if (needsSelector && !isObject(spec.selector)) causes.push(required('spec.selector'));
  const labels = spec.template?.metadata?.labels;
  if (needsSelector && isObject(spec.selector) && !selectorMatches(spec.selector, labels)) {
    causes.push({
      reason: 'FieldValueInvalid',
      field: 'spec.template.metadata.labels',
      message: `Invalid value: ${goMap(labels ?? {})}: \`selector\` does not match template \`labels\``,
    });
  }
  validatePodSpec(spec.template?.spec, 'spec.template.spec', causes);
}

const LABEL_KEY_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_KEY_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

/** A label key is a qualified name: an optional DNS-subdomain prefix and '/', then a name part of at most 63. */
function validateLabelKeys(labels: Record<string, unknown>, causes: StatusCause[]): void {
  for (const key of Object.keys(labels)) {
    const slash = key.lastIndexOf('/');
    const [prefix, name] = slash >= 0 ? [key.slice(0, slash), key.slice(slash + 1)] : [undefined, key];
    if (!LABEL_KEY_NAME.test(name)) causes.push(badValue('metadata.labels', key, LABEL_KEY_MSG));
    else if (name.length > 63)
      causes.push(badValue('metadata.labels', key, 'name part must be no more than 63 characters'));
    else if (prefix !== undefined && (!SUBDOMAIN.test(prefix) || prefix.length > 253))
      causes.push(badValue('metadata.labels', key, `prefix part ${SUBDOMAIN_MSG}`));
  }
}

/** The API server's request-option check: a field manager is at most 128 bytes (422 on the options kind). */
export function checkFieldManager(
  manager: string | undefined,
  options: 'CreateOptions' | 'UpdateOptions' | 'PatchOptions',
): void {
  if (!manager || Buffer.byteLength(manager) <= 128) return;
  throw new ApiError(
    422,
    'Invalid',
    `${options}.meta.k8s.io "" is invalid: fieldManager: Too long: must have at most 128 bytes`,
    {
      group: 'meta.k8s.io',
      kind: options,
      causes: [
        { reason: 'FieldValueTooLong', message: 'Too long: must have at most 128 bytes', field: 'fieldManager' },
      ],
    },
  );
}

/** Integer fields the typed decoder reads; a string there never reaches validation. */
function replicasOf(obj: Obj): unknown {
  const spec = obj.spec as { replicas?: unknown } | undefined;
  return isObject(spec) ? spec.replicas : undefined;
}

function nonIntegerReplicas(obj: Obj): boolean {
  const replicas = replicasOf(obj);
  return replicas !== undefined && replicas !== null && !Number.isInteger(replicas);
}

/**
 * What server-side apply answers for a value of the wrong type: 500 from building the typed
 * patch (kube-apiserver v1.20 answers exactly so; a create or update gets 400 from the decoder).
 */
export function checkApplyTypes(patch: unknown): void {
  if (isObject(patch) && nonIntegerReplicas(patch))
    throw new ApiError(
      500,
      '',
      'failed to create typed patch object: .spec.replicas: expected numeric (int or float), got *value.valueUnstructured',
    );
}

/** Validates an object before it is stored; failures are 422 Invalid with one cause per field. */
export function validate(r: ResourceType, obj: Obj): void {
  const causes: StatusCause[] = [];
  validateName(r, obj.metadata?.name, causes);
  const metadata = obj.metadata as { labels?: Record<string, unknown> } | undefined;
  validateLabelKeys(metadata?.labels ?? {}, causes);
  for (const [k, v] of Object.entries(obj.metadata?.labels ?? {})) {
    if (typeof v !== 'string' || v.length > 63 || (v && !/^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(v))) {
      causes.push(
        badValue(
          `metadata.labels`,
          v,
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        ),
      );
    }
    void k;
  }
  if (['deployments', 'replicasets', 'statefulsets', 'daemonsets'].includes(r.plural))
    validateWorkload(obj, causes, true);
  if (r.plural === 'pods') validatePodSpec(obj.spec, 'spec', causes);
  if (r.plural === 'services') {
    const ports = obj.spec?.ports;
    if (obj.spec?.clusterIP !== 'None' && (!Array.isArray(ports) || ports.length === 0))
      causes.push(required('spec.ports'));
    (Array.isArray(ports) ? ports : []).forEach((p: Obj, i: number) => {
      if (!Number.isInteger(p?.port) || p.port < 1 || p.port > 65535)
        causes.push(badValue(`spec.ports[${i}].port`, p?.port, 'must be between 1 and 65535, inclusive'));
    });
  }
  if (r.plural === 'configmaps' || r.plural === 'secrets') {
    for (const k of Object.keys(obj.data ?? {})) {
      if (!/^[-._a-zA-Z0-9]+$/.test(k))
        causes.push(
          badValue(`data[${k}]`, k, "a valid config key must consist of alphanumeric characters, '-', '_' or '.'"),
        );
    }
  }
  if (causes.length) throw invalid(r, obj.metadata?.name ?? '', causes);
}

/**
 * What the API server's decoder rejects before validation (400 BadRequest): a metadata that is
 * not an object, or labels/annotations that are not string maps.
 */
export function checkDecodable(obj: unknown): void {
  if (!isObject(obj)) throw badRequest('the body of the request must be a JSON or YAML object');
  if (obj.metadata === undefined || obj.metadata === null) return;
  if (!isObject(obj.metadata))
    throw badRequest(
      `json: cannot unmarshal ${typeof obj.metadata} into Go struct field Object.metadata of type v1.ObjectMeta`,
    );
  for (const field of ['labels', 'annotations']) {
    const m = obj.metadata[field];
    if (m === undefined || m === null) continue;
    if (!isObject(m) || Object.values(m).some((v) => typeof v !== 'string')) {
      throw badRequest(
        `json: cannot unmarshal into Go struct field ObjectMeta.metadata.${field} of type map[string]string`,
      );
    }
  }
  if (nonIntegerReplicas(obj)) {
    const kind = String(obj.kind ?? 'Object');
    const version = String(obj.apiVersion ?? 'v1')
      .split('/')
      .pop();
    throw badRequest(
      `${kind} in version "${version}" cannot be handled as a ${kind}: v1.${kind}.Spec: v1.${kind}Spec.Replicas: readUint32: unexpected character in ${JSON.stringify(replicasOf(obj))}`,
    );
  }
  for (const field of ['name', 'namespace', 'generateName', 'resourceVersion']) {
    const v = obj.metadata[field];
    if (v !== undefined && v !== null && typeof v !== 'string')
      throw badRequest(
        `json: cannot unmarshal ${typeof v} into Go struct field ObjectMeta.metadata.${field} of type string`,
      );
  }
}
