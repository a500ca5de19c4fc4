/**
 * Manifests of the demo service used by `deploy-kit demo` and the pipeline tests: the Namespace and
 * Service first (so the Service URL is known before any release), then one Deployment per release.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The demo service's Namespace and Service (created once, so its URL is known before a release). */
export function serviceManifest(namespace: string): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${namespace}
---
apiVersion: v1
kind: Service
metadata:
  name: demo
  namespace: ${namespace}
spec:
  selector:
    app: demo
  ports:
    - port: 80
      targetPort: 8080
`;
}

/** One release of the demo app: the version's image, and env that makes it good or bad. */
export function releaseManifest(
  namespace: string,
  version: string,
  env: Record<string, string> = {},
  image = `deploy-kit/demo-app:${version}`,
): string {
  const envLines = Object.entries({ VERSION: version, ...env })
    .map(([name, value]) => `            - name: ${name}\n              value: "${value}"`)
    .join('\n');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: demo
  namespace: ${namespace}
spec:
  replicas: 2
  progressDeadlineSeconds: 60
  selector:
    matchLabels:
      app: demo
  template:
    metadata:
      labels:
        app: demo
    spec:
      containers:
        - name: app
          image: ${image}
          ports:
            - containerPort: 8080
          env:
${envLines}
`;
}

export function writeManifest(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
