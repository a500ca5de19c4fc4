import { HttpKubeClient, loadKubeAccess, namespaceOf, type KubeAccess } from '../../clients/kube/index.js';
import type { Runtime } from '../../runtime/runtime.js';

/**
 * Cluster access for deploy and rollback: the kubeconfig input, KUBECONFIG, ~/.kube/config or
 * the pod's service account (kubectl's order). Credentials are masked as they are read, and the
 * ones an exec plugin hands out are masked by the client before first use. `namespace` is the
 * input's, else the context's, else `default` (kubectl's rule).
 */
export function connect(
  inputs: { kubeconfig?: string; context?: string; namespace?: string },
  runtime: Runtime,
): { access: KubeAccess; client: HttpKubeClient; namespace: string } {
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
  return { access, client, namespace: namespaceOf(access, inputs.namespace) };
}
