export * from '../../core/kube/types.js';
export * from '../../core/kube/errors.js';
export { loadKubeAccess, kubeconfigSecrets, namespaceOf, type KubeAccess, type KubeAccessOptions } from './config.js';
export { HttpKubeClient } from './client.js';
export { observe, type ObserveHooks, type ObserveTarget } from '../../core/kube/watch-loop.js';
export { renderKustomization } from './kustomize.js';
