import { ConfigError } from '../../shared/errors.js';

/** A namespace name as the API server accepts it (RFC 1123 label), checked before any request. */
export function checkNamespace(namespace: string | undefined, input = 'namespace'): void {
  if (namespace === undefined || namespace === '') return;
  if (namespace.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace)) return;
  throw ConfigError.single(
    input,
    `must be a Kubernetes namespace name: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. 'my-app'), got '${namespace}'`,
  );
}
