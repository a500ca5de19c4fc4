import { stringify } from 'yaml';

/**
 * A kubeconfig for the simulator (context "deploy-kit-sim", namespace default). Plain-http
 * servers are marked insecure-skip-tls-verify, which client-node requires before it talks http.
 */
export function renderKubeconfig(url: string, token: string, caPem?: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'deploy-kit-sim',
        cluster: {
          server: url,
          ...(caPem
            ? { 'certificate-authority-data': Buffer.from(caPem).toString('base64') }
            : { 'insecure-skip-tls-verify': true }),
        },
      },
    ],
    users: [{ name: 'deploy-kit-sim', user: { token } }],
    contexts: [
      { name: 'deploy-kit-sim', context: { cluster: 'deploy-kit-sim', user: 'deploy-kit-sim', namespace: 'default' } },
    ],
    'current-context': 'deploy-kit-sim',
    preferences: {},
  });
}
