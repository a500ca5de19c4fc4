import { expect, it } from 'vitest';
import type { Cluster } from './helpers.js';

const deployment = (ns: string, replicas: unknown) =>
  JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'typed', namespace: ns },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'typed' } },
      template: {
        metadata: { labels: { app: 'typed' } },
        spec: { containers: [{ name: 'c', image: 'nginx' }] },
      },
    },
  });
const configMap = (ns: string, labels: Record<string, string>) =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'labelled', namespace: ns, labels },
    data: {},
  });
const APPLY = 'application/apply-patch+yaml';

/**
 * What a dry run must refuse, with the answer the real API server gives: deploy relies on the
 * dry run to stop bad manifests before anything is applied, so the simulator may not be laxer.
 */
export function validationCases(cluster: () => Cluster): void {
  it('refuses replicas that are not a number: 400 on create, 500 from server-side apply', async () => {
    const c = cluster();
    const base = `/apis/apps/v1/namespaces/${c.namespace}/deployments`;
    const created = await c.raw('POST', `${base}?dryRun=All`, deployment(c.namespace, 'many'));
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
    expect((created.body as { message: string }).message).toMatch(
      /^Deployment in version "v1" cannot be handled as a Deployment: .*Replicas/,
    );
    const applied = await c.raw(
      'PATCH',
      `${base}/typed?dryRun=All&fieldManager=conf`,
      deployment(c.namespace, 'many'),
      APPLY,
    );
    expect(applied.status).toBe(500);
    expect((applied.body as { message: string }).message).toBe(
      'failed to create typed patch object: .spec.replicas: expected numeric (int or float), got *value.valueUnstructured',
    );
  });

  it.each([
    ['a space', 'bad key'],
    ['a trailing dash', 'tier-'],
    ['an invalid prefix', 'Example.COM/tier'],
    ['a name part over 63', `example.com/${'n'.repeat(64)}`],
  ])('refuses a label key with %s: 422 on metadata.labels', async (_what, key) => {
    const c = cluster();
    const path = `/api/v1/namespaces/${c.namespace}/configmaps/labelled?dryRun=All&fieldManager=conf`;
    const result = await c.raw('PATCH', path, configMap(c.namespace, { [key]: 'v' }), APPLY);
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ reason: 'Invalid', details: { causes: [{ field: 'metadata.labels' }] } });
    expect((result.body as { message: string }).message).toContain(
      `ConfigMap "labelled" is invalid: metadata.labels: Invalid value: "${key}"`,
    );
  });

  it('accepts a prefixed label key', async () => {
    const c = cluster();
    const path = `/api/v1/namespaces/${c.namespace}/configmaps/labelled?dryRun=All&fieldManager=conf`;
    const result = await c.raw('PATCH', path, configMap(c.namespace, { 'app.kubernetes.io/name': 'shop' }), APPLY);
    expect(result.status).toBe(201);
  });

  it('refuses a field manager over 128 bytes: 422 naming fieldManager, for apply and create', async () => {
    const c = cluster();
    const long = 'm'.repeat(200);
    const base = `/api/v1/namespaces/${c.namespace}/configmaps`;
    const applied = await c.raw(
      'PATCH',
      `${base}/labelled?dryRun=All&fieldManager=${long}`,
      configMap(c.namespace, {}),
      APPLY,
    );
    const created = await c.raw('POST', `${base}?dryRun=All&fieldManager=${long}`, configMap(c.namespace, {}));
    for (const [result, options] of [
      [applied, 'PatchOptions'],
      [created, 'CreateOptions'],
    ] as const) {
      expect(result.status).toBe(422);
      expect(result.body).toMatchObject({
        reason: 'Invalid',
        message: `${options}.meta.k8s.io "" is invalid: fieldManager: Too long: must have at most 128 bytes`,
        details: { kind: options, causes: [{ reason: 'FieldValueTooLong', field: 'fieldManager' }] },
      });
    }
  });
}
