import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../../src/core/manifests/load.js';
import { parseManifestText } from '../../../src/core/manifests/parse.js';
import { ManifestError, formatProblem } from '../../../src/core/manifests/types.js';
import { repoRoot } from '../../helpers/repo.js';
import { renderKustomization } from '../../../src/clients/kube/kustomize.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'manifests');
const noKustomize = async () => {
  throw new Error('kustomize not expected');
};

describe('parseManifestText', () => {
  it('tags every object with file, document index and line, skipping empty documents', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n---\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: b }\n';
    const { manifests, problems } = parseManifestText(text, 'x.yaml');
    expect(problems).toEqual([]);
    expect(manifests.map((m) => [m.object.metadata.name, m.source.document, m.source.line])).toEqual([
      ['a', 0, 1],
      ['b', 2, 6],
    ]);
  });

  it('reports every broken document with its field, keeping the good ones', async () => {
    await expect(
      loadManifests([join(fixtures, 'invalid.yaml')], { cwd: repoRoot, kustomize: noKustomize }),
    ).rejects.toThrow(ManifestError);
    const error = await loadManifests(['test/fixtures/manifests/invalid.yaml'], {
      cwd: repoRoot,
      kustomize: noKustomize,
    }).then(
      () => {
        throw new Error('expected a ManifestError');
      },
      (e) => e as ManifestError,
    );
    const lines = error.problems.map(formatProblem);
    expect(lines[0]).toMatch(/invalid.yaml document 1 \(line \d+\), field metadata.name: is missing/);
    expect(lines[1]).toMatch(/document 2 .*field apiVersion: is missing/);
    expect(lines[2]).toMatch(/document 3 .*YAML syntax/);
    expect(error.problems).toHaveLength(3);
  });

  it('flattens kind: List', () => {
    const { manifests } = parseManifestText(
      'apiVersion: v1\nkind: List\nitems:\n  - { apiVersion: v1, kind: ConfigMap, metadata: { name: one } }\n',
      'l.yaml',
    );
    expect(manifests.map((m) => m.object.metadata.name)).toEqual(['one']);
  });
});

describe('loadManifests', () => {
  it('loads a directory of YAML files in name order and ignores other files', async () => {
    const manifests = await loadManifests(['test/fixtures/manifests/app'], { cwd: repoRoot, kustomize: noKustomize });
    expect(manifests.map((m) => `${m.object.kind}/${m.object.metadata.name}`)).toEqual([
      'ConfigMap/web-config',
      'Service/web',
      'Deployment/web',
    ]);
    expect(manifests[1].source).toMatchObject({ file: 'test/fixtures/manifests/app/10-config.yaml', document: 2 });
  });

  it('expands globs with node:fs glob', async () => {
    const good = await loadManifests(['test/fixtures/manifests/l*.yaml'], { cwd: repoRoot, kustomize: noKustomize });
    expect(good.map((m) => m.object.metadata.name)).toEqual(['one', 'two']);
  });

  it('renders a kustomization directory with kubectl kustomize', async () => {
    const manifests = await loadManifests(['test/fixtures/manifests/kustomize'], {
      cwd: repoRoot,
      kustomize: (dir) => renderKustomization(dir, '/usr/bin/kubectl'),
    });
    expect(manifests).toHaveLength(1);
    expect(manifests[0].object.metadata.name).toBe('kz-api');
    expect(manifests[0].object.metadata.labels).toMatchObject({ team: 'shop' });
    expect(manifests[0].source.file).toContain('(kustomize)');
  });

  it('says which pattern matched nothing', async () => {
    const error = await loadManifests(['k8s/missing/*.yaml'], { cwd: repoRoot, kustomize: noKustomize }).then(
      () => {
        throw new Error('expected a ManifestError');
      },
      (e) => e as ManifestError,
    );
    expect(error.message).toContain("'k8s/missing/*.yaml' matches no file or directory");
  });
});
