import { execFile } from 'node:child_process';

/**
 * Renders a kustomization directory with `kubectl kustomize` (the kustomize built into kubectl,
 * so no second binary is needed on the runner). Resolves with the rendered multi-document YAML.
 */
export function renderKustomization(dir: string, kubectl = 'kubectl'): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(kubectl, ['kustomize', dir], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(
            `kubectl kustomize ${dir} failed: ${(stderr || error.message).trim().split('\n').slice(-3).join(' ')}`,
          ),
        );
      else resolve(stdout);
    });
  });
}
