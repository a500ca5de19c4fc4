import { describe, expect, it } from 'vitest';
import { KubeApiError } from '../../../src/core/kube/errors.js';
import { applyOwned, conflictManagers } from '../../../src/core/manifests/apply.js';
import { parseManifestText } from '../../../src/core/manifests/parse.js';
import { ManifestError } from '../../../src/core/manifests/types.js';
import { dryRunAll, validateManifests } from '../../../src/core/manifests/validate.js';
import { fakeKube } from './fake-kube.js';

const parse = (text: string) => parseManifestText(text, 'm.yaml').manifests;

describe('validateManifests', () => {
  it('assigns the target namespace, strips it from cluster objects, and reports kind, name, namespace and duplicate problems', async () => {
    const manifests = parse(
      [
        'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ok }',
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: reader, namespace: shop }',
        'apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: Bad_Name }',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ok2, namespace: other }',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ok }',
      ].join('\n---\n'),
    );
    const problems = await validateManifests(manifests, fakeKube().client, 'shop');
    expect(manifests[0].object.metadata.namespace).toBe('shop');
    expect(manifests[1].object.metadata.namespace).toBeUndefined();
    expect(problems.map((p) => [p.source?.document, p.field])).toEqual([
      [2, 'kind'],
      [3, 'metadata.name'],
      [4, 'metadata.namespace'],
      [5, 'metadata.name'],
    ]);
    expect(problems[3].message).toContain('also defined in m.yaml document 0');
  });
});

describe('dryRunAll', () => {
  it('dry-runs every object and reports each server cause with its field; nothing is applied for real', async () => {
    const fake = fakeKube({
      onApply: (object) => {
        if (object.metadata.name === 'bad')
          throw new KubeApiError(422, 'Invalid', 'Deployment "bad" is invalid', [
            {
              reason: 'FieldValueRequired',
              message: 'Required value',
              field: 'spec.template.spec.containers[0].image',
            },
          ]);
      },
    });
    const manifests = parse(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: good, namespace: ns }\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: bad, namespace: ns }',
    );
    const error = await dryRunAll(manifests, fake.client, { fieldManager: 'deploy-kit', force: false }, new Set()).then(
      () => {
        throw new Error('expected a ManifestError');
      },
      (e) => e as ManifestError,
    );
    expect(error).toBeInstanceOf(ManifestError);
    expect(error.message).toContain(
      'm.yaml document 1 (line 5), field spec.template.spec.containers[0].image: FieldValueRequired: Required value',
    );
    expect(fake.applied.every((a) => a.dryRun)).toBe(true);
    expect(fake.objects.size).toBe(0);
  });

  it('skips objects whose namespace this release creates', async () => {
    const fake = fakeKube();
    const manifests = parse('apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c, namespace: fresh }');
    expect(
      (await dryRunAll(manifests, fake.client, { fieldManager: 'm', force: false }, new Set(['fresh']))).skipped,
    ).toHaveLength(1);
    expect(fake.applied).toHaveLength(0);
  });
});

describe('applyOwned', () => {
  const conflict = (manager: string) =>
    new KubeApiError(
      409,
      'Conflict',
      `Apply failed with 1 conflict: conflict with "${manager}" using apps/v1: .spec.template.spec.containers[name="app"].image`,
      [
        {
          reason: 'FieldManagerConflict',
          message: `conflict with "${manager}" using apps/v1`,
          field: '.spec.template.spec.containers[name="app"].image',
        },
      ],
    );
  const object = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'n' } };

  it("takes fields back from deploy-kit's own rollback manager, and only from it", async () => {
    expect(conflictManagers(conflict('kubectl-set'))).toEqual(['kubectl-set']);
    const own = fakeKube({
      onApply: (_o, _d, force) => {
        if (!force) throw conflict('deploy-kit-rollback');
      },
    });
    await applyOwned(own.client, object, { fieldManager: 'deploy-kit', force: false });
    expect(own.applied.map((a) => a.force)).toEqual([false, true]);
    const foreign = fakeKube({
      onApply: (_o, _d, force) => {
        if (!force) throw conflict('kubectl-set');
      },
    });
    await expect(applyOwned(foreign.client, object, { fieldManager: 'deploy-kit', force: false })).rejects.toThrow(
      'kubectl-set',
    );
    expect(foreign.applied).toHaveLength(1);
  });
});
