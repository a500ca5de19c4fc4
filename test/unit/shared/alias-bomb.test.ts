import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asConfigError } from '../../../src/actions/deploy/prepare.js';
import { loadConfig } from '../../../src/actions/quality-score/collect.js';
import { run as smokeTest } from '../../../src/actions/smoke-test/main.js';
import { parseManifestText } from '../../../src/core/manifests/parse.js';
import { ManifestError } from '../../../src/core/manifests/types.js';
import { createMemoryRuntime } from '../../../src/runtime/memory-runtime.js';
import { ConfigError } from '../../../src/shared/errors.js';

/** Nine to the fifth power of expansions from a few lines: the classic "billion laughs" shape. */
const BOMB = `a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
`;

describe('YAML alias bombs name the input and the file', () => {
  it('smoke-test spec', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dk-bomb-'));
    writeFileSync(join(cwd, 'smoke.yml'), BOMB);
    const runtime = createMemoryRuntime({ spec: 'smoke.yml', 'base-url': 'http://127.0.0.1:9' }, { cwd });
    expect(await smokeTest(runtime)).toBe('config-error');
    expect(runtime.failures[0]).toBe(
      "deploy-kit/smoke-test: input 'spec' (smoke.yml:1): invalid YAML: too many alias expansions (a YAML alias bomb, or one anchor reused excessively); write the values out",
    );
  });

  it('deploy manifests', () => {
    const { problems } = parseManifestText(BOMB, 'k8s/app.yaml');
    const error = asConfigError(new ManifestError(problems));
    expect(error.problems).toEqual([
      expect.objectContaining({
        input: 'manifests',
        file: 'k8s/app.yaml',
        message: expect.stringMatching(/alias bomb/) as unknown,
      }),
    ]);
  });

  it('quality-score config', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dk-bomb-'));
    writeFileSync(join(cwd, 'score.yml'), BOMB);
    const error = await loadConfig({ config: 'score.yml' } as Parameters<typeof loadConfig>[0], cwd).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(/^input 'config' \(score\.yml:1\): invalid YAML: too many alias/);
  });
});
