/**
 * A loosely typed view of a Kubernetes object's nested fields (spec, status, data), for the few
 * known paths the deploy cores read from objects whose full schemas deploy-kit does not model.
 * One definition for the whole of core/deploy, so the escape hatch stays visible in one place.
 */
export type Loose = Record<string, any>;
