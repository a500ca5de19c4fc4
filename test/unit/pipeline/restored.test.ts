import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageVersion, restoredVersionOf } from '../../../src/pipeline/restored.js';

const dir = mkdtempSync(join(tmpdir(), 'dk-restored-'));
function recordWith(before: Record<string, unknown> | undefined, existedBefore = true): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({ workloads: [{ kind: 'Deployment', name: 'web', existedBefore, before }] }));
  return path;
}

describe('restoredVersionOf', () => {
  const base = {
    revision: 3,
    images: { app: 'reg/app:1.4.0' },
    template: { metadata: { labels: { 'app.kubernetes.io/version': '1.4.0-label' } } },
  };

  it.each([
    ['the version deploy-kit recorded', { ...base, version: 'v1.4.0' }, 'v1.4.0'],
    ['the app.kubernetes.io/version label', base, '1.4.0-label'],
    ['the image tag', { ...base, template: {} }, '1.4.0'],
  ])('prefers %s', async (_what, before, expected) => {
    expect(await restoredVersionOf(recordWith(before))).toBe(expected);
  });

  it('is undefined for a first deploy, a missing record and an unreadable one', async () => {
    expect(await restoredVersionOf(recordWith(undefined, false))).toBeUndefined();
    expect(await restoredVersionOf(undefined)).toBeUndefined();
    expect(await restoredVersionOf(join(dir, 'missing.json'))).toBeUndefined();
  });
});

describe('imageVersion', () => {
  it.each([
    ['reg:5000/app:v1', 'v1'],
    ['app@sha256:abc', 'sha256:abc'],
    ['reg:5000/app', 'latest'],
  ])('%s -> %s', (ref, version) => {
    expect(imageVersion(ref)).toBe(version);
  });
});
