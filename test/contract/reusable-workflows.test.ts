import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listActions, listWorkflows, repoRoot } from '../helpers/repo.js';

interface CallSpec {
  inputs?: Record<string, { description?: string; type?: string; required?: boolean }>;
  secrets?: Record<string, { description?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string; value?: string }>;
}
interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  permissions?: unknown;
  environment?: unknown;
  concurrency?: unknown;
  steps?: Array<{ uses?: string }>;
}

const read = (file: string) => parse(readFileSync(file, 'utf8'));
const reusable = listWorkflows()
  .filter((f) => f.includes(`${join('.github', 'workflows')}`))
  .map((file) => ({ file, name: basename(file), doc: read(file) }))
  .filter((w) => w.doc.on && typeof w.doc.on === 'object' && 'workflow_call' in w.doc.on)
  .map((w) => ({ ...w, spec: (w.doc.on.workflow_call ?? {}) as CallSpec }));
const everyYaml = [...listWorkflows(), join(repoRoot, 'action.yml'), ...listActions().map((a) => a.path)].filter(
  existsSync,
);

/** `./.github/workflows/x.yml` and `org/deploy-kit/.github/workflows/x.yml@ref` name a reusable workflow of this repo. */
function ownWorkflow(uses: string): string | undefined {
  return uses.match(/^(?:\.\/|[\w.-]+\/deploy-kit\/)\.github\/workflows\/([\w.-]+\.ya?ml)(?:@.*)?$/)?.[1];
}

describe('reusable workflows', () => {
  it('exist: deploy.yml and verify.yml are callable', () => {
    expect(reusable.map((w) => w.name).sort()).toEqual(expect.arrayContaining(['deploy.yml', 'verify.yml']));
  });

  it.each(reusable.map((w) => [w.name, w] as const))(
    '%s documents every typed input, named secret and output',
    (_n, w) => {
      for (const [name, input] of Object.entries(w.spec.inputs ?? {})) {
        expect(input.description, `input ${name}`).toBeTruthy();
        expect(['string', 'boolean', 'number'], `type of input ${name}`).toContain(input.type);
      }
      for (const [name, secret] of Object.entries(w.spec.secrets ?? {}))
        expect(secret.description, `secret ${name}`).toBeTruthy();
      for (const [name, output] of Object.entries(w.spec.outputs ?? {}))
        expect(output.description, `output ${name}`).toBeTruthy();
      expect(w.doc.permissions, 'workflow-level permissions default to none').toEqual({});
    },
  );

  it('deploy.yml: the release job has the environment, a per-environment concurrency group, and the promised outputs', () => {
    const deploy = reusable.find((w) => w.name === 'deploy.yml')!;
    const jobs = Object.values(deploy.doc.jobs) as Job[];
    const release = jobs.find((j) => j.environment)!;
    expect(JSON.stringify(release.environment)).toContain('inputs.environment');
    expect(JSON.stringify(release.concurrency)).toContain('inputs.environment');
    expect(Object.keys(deploy.spec.outputs ?? {})).toEqual(
      expect.arrayContaining(['version', 'digest', 'verdict', 'score', 'rolled-back']),
    );
    const uses = jobs.flatMap((j) => (j.steps ?? []).map((s) => s.uses ?? ''));
    for (const action of ['build-and-push', 'deploy', 'verify', 'quality-score', 'rollback', 'notify'])
      expect(uses).toContain(`$/actions/${action}`);
  });

  it('the workflows/ catalog lists every input, secret and output of every reusable workflow', () => {
    const catalog = readFileSync(join(repoRoot, 'workflows', 'README.md'), 'utf8');
    for (const w of reusable) {
      expect(catalog, w.name).toContain(w.name);
      for (const key of [
        ...Object.keys(w.spec.inputs ?? {}),
        ...Object.keys(w.spec.secrets ?? {}),
        ...Object.keys(w.spec.outputs ?? {}),
      ]) {
        expect(catalog, `${w.name}: ${key}`).toContain(`\`${key}\``);
      }
    }
  });
});

describe.each(everyYaml.map((f) => [relative(repoRoot, f), f] as const))('%s', (_name, file) => {
  const text = readFileSync(file, 'utf8');
  const doc = parse(text);

  it('calls reusable workflows of this repo only with their declared inputs and named secrets', () => {
    for (const [id, job] of Object.entries((doc.jobs ?? {}) as Record<string, Job>)) {
      expect(job.secrets, `job ${id} must name its secrets, never inherit`).not.toBe('inherit');
      const target = job.uses ? ownWorkflow(job.uses) : undefined;
      if (!target) continue;
      const spec = reusable.find((w) => w.name === target)?.spec;
      expect(spec, `${job.uses} must be a reusable workflow here`).toBeDefined();
      for (const key of Object.keys(job.with ?? {}))
        expect(Object.keys(spec!.inputs ?? {}), `job ${id}: input ${key}`).toContain(key);
      for (const key of Object.keys((job.secrets as object) ?? {}))
        expect(Object.keys(spec!.secrets ?? {}), `job ${id}: secret ${key}`).toContain(key);
      for (const [name, input] of Object.entries(spec!.inputs ?? {}))
        if (input.required) expect(job.with ?? {}, `job ${id} must give ${name}`).toHaveProperty(name);
      for (const [name, secret] of Object.entries(spec!.secrets ?? {}))
        if (secret.required) expect(job.secrets ?? {}, `job ${id} must give secret ${name}`).toHaveProperty(name);
    }
  });

  it('gives every job its own permissions (least privilege per job, not one grant for the whole file)', () => {
    for (const [id, job] of Object.entries((doc.jobs ?? {}) as Record<string, Job>))
      expect(job.permissions, `job ${id}`).toBeDefined();
  });

  it('pins every third-party action to a full commit SHA with a version comment', () => {
    for (const match of text.matchAll(/^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)['"]?(.*)$/gm)) {
      const [, value, rest] = match;
      if (/^(\.\/|\$\/|docker:\/\/)/.test(value) || /^[\w.-]+\/deploy-kit[/@]/.test(value)) continue;
      expect(value, 'pinned to a 40-hex SHA').toMatch(/@[0-9a-f]{40}$/);
      expect(rest, `${value} needs a '# vX.Y.Z' comment`).toMatch(/#\s*v\d+\.\d+\.\d+/);
    }
  });
});

describe('dependabot', () => {
  it('watches every composite action directory, the workflows and npm', () => {
    const config = read(join(repoRoot, '.github', 'dependabot.yml'));
    const actionsEntry = config.updates.find(
      (u: { 'package-ecosystem': string }) => u['package-ecosystem'] === 'github-actions',
    );
    const dirs: string[] = actionsEntry.directories ?? [actionsEntry.directory];
    const composite = listActions()
      .filter((a) => a.yaml.runs.using === 'composite')
      .map((a) => `/actions/${a.name}`);
    expect(dirs).toEqual(expect.arrayContaining(['/', ...composite]));
    expect(config.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem'])).toContain('npm');
  });
});
