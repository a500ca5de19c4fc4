import { HttpKubeClient, loadKubeAccess, type KubeAccess } from '../../clients/kube/index.js';
import type { Runtime } from '../../runtime/runtime.js';
import { ConfigError } from '../../shared/errors.js';

/**
 * Cluster access for deploy and rollback: the kubeconfig input, KUBECONFIG, ~/.kube/config or
 * the pod's service account (kubectl's order). Credentials are masked as they are read, and the
 * ones an exec plugin hands out are masked by the client before first use.
 */
export function connect(
  inputs: { kubeconfig?: string; context?: string },
  runtime: Runtime,
): { access: KubeAccess; client: HttpKubeClient } {
  const access = loadKubeAccess({
    content: inputs.kubeconfig,
    context: inputs.context,
    env: runtime.env,
    secret: (v) => runtime.secret(v),
  });
  runtime.info(`cluster: context '${access.context}' from ${access.source}`);
  const client = new HttpKubeClient(access, {
    attempts: 6,
    baseDelayMs: 250,
    maxDelayMs: 5000,
    onRetry: (error, attempt, delay) =>
      runtime.warning(`Kubernetes API: ${error.message}; retry ${attempt} in ${delay}ms`),
  });
  return { access, client };
}

/** A namespace name as the API server accepts it (RFC 1123 label), checked before any request. */
export function checkNamespace(namespace: string | undefined, input = 'namespace'): void {
  if (namespace === undefined || namespace === '') return;
  if (namespace.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace)) return;
  throw ConfigError.single(
    input,
    `must be a Kubernetes namespace name: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. 'my-app'), got '${namespace}'`,
  );
}
