import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareManifests } from '../../../src/actions/deploy/prepare.js';
import { parseInputs } from '../../../src/actions/harness.js';
import { inputs as deployInputs } from '../../../src/actions/deploy/inputs.js';
import { readRecord } from '../../../src/actions/rollback/target.js';
import { RECORD_SCHEMA } from '../../../src/core/deploy/rollback/record.js';
import { imageRefProblem } from '../../../src/core/manifests/image-ref.js';
import { createMemoryRuntime } from '../../../src/runtime/memory-runtime.js';
import { ConfigError } from '../../../src/shared/errors.js';
import { writeJsonReport } from '../../../src/shared/report-file.js';

const dir = mkdtempSync(join(tmpdir(), 'dk-badpaths-'));
const isRoot = process.getuid?.() === 0;

describe('report paths that cannot hold a report', () => {
  it('a directory: a clear error naming the input, and no temp file left behind', async () => {
    const target = join(dir, 'is-a-dir');
    mkdirSync(target);
    const error = (await writeJsonReport(target, { a: 1 }, 'report-dir').catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      `input 'report-dir': cannot write '${target}': it is a directory; give a file path inside it`,
    );
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(isRoot)('an unwritable directory', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    await expect(writeJsonReport(join(locked, 'r.json'), {}, 'record-file')).rejects.toThrow(
      /^input 'record-file': cannot write '.*r\.json': permission denied/,
    );
    expect(readdirSync(locked)).toEqual([]);
  });

  it('a path under /proc fails at once instead of hanging', async () => {
    await expect(writeJsonReport('/proc/x/report.json', {}, 'report-dir')).rejects.toThrow(
      "input 'report-dir': cannot write '/proc/x/report.json': the directory cannot be created there",
    );
  });

  it('a file where a directory should be', async () => {
    writeFileSync(join(dir, 'plain'), 'x');
    await expect(writeJsonReport(join(dir, 'plain', 'r.json'), {})).rejects.toThrow(/a part of the path is a file/);
  });

  it('writes normally, creating missing directories', async () => {
    const path = join(dir, 'a', 'b', 'r.json');
    expect(await writeJsonReport(path, { ok: true })).toBe(path);
  });
});

describe('rollback: a malformed record is a clear error, not a TypeError', () => {
  const valid = {
    schema: RECORD_SCHEMA,
    namespace: 'shop',
    context: 'ci',
    fieldManager: 'deploy-kit',
    workloads: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', existedBefore: true }],
    resources: [],
  };
  it.each([
    ['a null workload', { workloads: [null] }, /malformed at workloads\[0\]/],
    [
      'a workload without kind',
      { workloads: [{ apiVersion: 'apps/v1', name: 'web', existedBefore: true }] },
      /workloads\[0\]\.kind/,
    ],
    [
      'a before without images',
      { workloads: [{ ...valid.workloads[0], before: { revision: 1, template: {}, generation: 1 } }] },
      /workloads\[0\]\.before\.images/,
    ],
    ['no context', { context: undefined }, /malformed at context/],
  ])('%s', async (_name, change, message) => {
    const path = join(dir, `record-${Math.random()}.json`);
    writeFileSync(path, JSON.stringify({ ...valid, ...change }));
    const error = (await readRecord(path, dir).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/^input 'record': '.*' is malformed at /);
    expect(error.message).toMatch(message);
  });
});

describe('deploy: namespace and image references are checked before anything else', () => {
  const run = (inputs: Record<string, string>) => {
    const runtime = createMemoryRuntime({ manifests: 'k8s/', ...inputs }, { cwd: dir });
    return prepareManifests(parseInputs(deployInputs, runtime), runtime);
  };
  it.each(['Bad_NS', 'ns.with.dots', '-leading', 'x'.repeat(64)])('namespace %s', async (namespace) => {
    await expect(run({ namespace })).rejects.toThrow(/^input 'namespace': must be a Kubernetes namespace name/);
  });
  it('an impossible image reference names images and the line', async () => {
    await expect(run({ images: 'web=ghcr.io/acme/web:has space\napi=ghcr.io/Acme/API:1' })).rejects.toThrow(
      /input 'images': the reference for 'web' .* contains whitespace[\s\S]*input 'images': the reference for 'api' .* capital letters/,
    );
  });
  it.each([
    'nginx',
    'ghcr.io/acme/web:1.2.3',
    'registry:5000/team/app@sha256:' + 'a'.repeat(64),
    'ghcr.io/acme/web:1.2.3@sha256:' + 'b'.repeat(64),
    '[::1]:5000/app:v1',
  ])('accepts %s', (ref) => {
    expect(imageRefProblem(ref)).toBeUndefined();
  });
  it.each(['ghcr.io/acme/web:', 'web@sha256:xyz', 'ghcr.io//web', 'web:tag:more'])('refuses %s', (ref) => {
    expect(imageRefProblem(ref)).toBeDefined();
  });
});
