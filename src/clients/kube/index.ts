export * from './types.js';
export * from './errors.js';
export { loadKubeAccess, kubeconfigSecrets, type KubeAccess, type KubeAccessOptions } from './config.js';
export { HttpKubeClient } from './client.js';
export { observe, type ObserveHooks, type ObserveTarget } from './watch-loop.js';
export { renderKustomization } from './kustomize.js';
