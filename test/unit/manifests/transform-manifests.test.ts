import { describe, expect, it } from 'vitest';
import { imageMap, imagesOf, parseImageRef, substituteImages } from '../../../src/core/manifests/images.js';
import { addMetadata, labelValue, releaseMetadata } from '../../../src/core/manifests/metadata.js';
import { orderForApply } from '../../../src/core/manifests/order.js';
import { fillProtocolDefaults } from '../../../src/core/manifests/defaults.js';
import { parseManifestText } from '../../../src/core/manifests/parse.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/repo.js';

const app = () =>
  ['10-config.yaml', '20-deploy.yaml'].flatMap(
    (f) => parseManifestText(readFileSync(join(repoRoot, 'test/fixtures/manifests/app', f), 'utf8'), f).manifests,
  );

describe('images', () => {
  it.each([
    ['nginx', { repository: 'nginx' }],
    ['nginx:1.25', { repository: 'nginx', tag: '1.25' }],
    ['127.0.0.1:5000/app:v1', { repository: '127.0.0.1:5000/app', tag: 'v1' }],
    ['ghcr.io/a/b@sha256:abc', { repository: 'ghcr.io/a/b', digest: 'sha256:abc' }],
    ['ghcr.io/a/b:1@sha256:abc', { repository: 'ghcr.io/a/b', tag: '1', digest: 'sha256:abc' }],
  ])('parses %s', (ref, expected) => {
    expect(parseImageRef(ref)).toEqual({ tag: undefined, digest: undefined, ...expected });
  });

  it('prefers the ref with a digest when a name is given twice', () => {
    expect(
      imageMap([
        ['web', 'web@sha256:1'],
        ['web', 'web:2'],
      ]).get('web'),
    ).toBe('web@sha256:1');
    expect(
      imageMap([
        ['web', 'web:2'],
        ['web', 'web@sha256:1'],
      ]).get('web'),
    ).toBe('web@sha256:1');
  });

  it('substitutes into containers and init containers by repository, docker.io normalised', () => {
    const manifests = app();
    const problems = substituteImages(
      manifests,
      imageMap([
        ['ghcr.io/acme/web', 'ghcr.io/acme/web@sha256:feed'],
        ['nginx', 'nginx:1.27'],
      ]),
    );
    expect(problems).toEqual([]);
    expect(imagesOf(manifests[2].object)).toEqual({
      'init:migrate': 'ghcr.io/acme/web@sha256:feed',
      app: 'ghcr.io/acme/web@sha256:feed',
      proxy: 'nginx:1.27',
    });
  });

  it('reports a name that matches nothing instead of silently deploying the old image', () => {
    expect(substituteImages(app(), new Map([['ghcr.io/acme/wbe', 'x:1']]))[0].message).toContain(
      "'ghcr.io/acme/wbe' matches no container",
    );
  });
});

describe('metadata', () => {
  it('records version, commit, run URL and change-cause; labels stay valid', () => {
    const { labels, annotations } = releaseMetadata({
      version: 'v1.2.3+build/7',
      commit: '0123456789abcdef0123',
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(labels).toEqual({
      'app.kubernetes.io/managed-by': 'deploy-kit',
      'app.kubernetes.io/version': 'v1.2.3-build-7',
    });
    expect(annotations['kubernetes.io/change-cause']).toBe(
      'deploy-kit v1.2.3+build/7, commit 0123456789ab, https://github.com/o/r/actions/runs/1',
    );
    expect(labelValue('-x-'.repeat(40))).toMatch(/^[A-Za-z0-9][-A-Za-z0-9._]{0,61}[A-Za-z0-9]$/);
  });

  it('adds to object metadata, never to pod templates', () => {
    const manifests = app();
    addMetadata(manifests, { a: '1' }, { b: '2' });
    expect(manifests[2].object.metadata.labels).toEqual({ a: '1' });
    expect((manifests[2].object.spec as any).template.metadata.labels).toEqual({ app: 'web' });
  });
});

describe('fillProtocolDefaults', () => {
  it('adds protocol TCP to Service and container ports that omit it, keeps explicit ones', () => {
    const manifests = app();
    (manifests[2].object.spec as any).template.spec.containers[0].ports = [
      { containerPort: 53, protocol: 'UDP' },
      { containerPort: 8080 },
    ];
    fillProtocolDefaults(manifests);
    expect((manifests[1].object.spec as any).ports).toEqual([{ port: 80, targetPort: 8080, protocol: 'TCP' }]);
    expect((manifests[2].object.spec as any).template.spec.containers[0].ports).toEqual([
      { containerPort: 53, protocol: 'UDP' },
      { containerPort: 8080, protocol: 'TCP' },
    ]);
  });
});

describe('orderForApply', () => {
  it('puts namespaces and config before services before workloads, stable within a rank', () => {
    const kinds = ['Deployment', 'Service', 'ConfigMap', 'Namespace', 'Ingress', 'Secret', 'ConfigMap'];
    const manifests = kinds.map((kind, i) => ({
      object: { apiVersion: 'v1', kind, metadata: { name: `o${i}` } },
      source: { file: 'f', document: i, line: 1 },
    }));
    expect(orderForApply(manifests).map((m) => `${m.object.kind}:${m.object.metadata.name}`)).toEqual([
      'Namespace:o3',
      'ConfigMap:o2',
      'Secret:o5',
      'ConfigMap:o6',
      'Service:o1',
      'Deployment:o0',
      'Ingress:o4',
    ]);
  });
});
