/** What the kubernetes provider can measure about a release's pods. */
export const KUBERNETES_SIGNALS = ['restarts', 'oom-killed', 'not-ready-seconds', 'warning-events'] as const;
export type KubernetesSignal = (typeof KUBERNETES_SIGNALS)[number];
