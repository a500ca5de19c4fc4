import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runDeploy } from '../../src/actions/deploy/main.js';
import { run as runRollback } from '../../src/actions/rollback/main.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { repoRoot } from '../helpers/repo.js';

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters: [{ name: c, cluster: { server: "https://127.0.0.1:1" } }]
users: [{ name: u, user: { token: "s3cr3t-token-value-123456" } }]
contexts: [{ name: ctx, context: { cluster: c, user: u, namespace: shop } }]
current-context: ctx
`;
const manifests = 'test/fixtures/manifests/app';

async function deploy(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const runtime = createMemoryRuntime(inputs, { env, cwd: repoRoot });
  return { runtime, outcome: await runDeploy(runtime) };
}

describe('deploy adapter: bad input is a ConfigError naming the input, before any cluster call', () => {
  it.each([
    ['no manifests', {}, "input 'manifests': is required"],
    ['bad timeout', { manifests, timeout: 'soon' }, "input 'timeout': must be a duration"],
    ['bad wait', { manifests, wait: 'yes' }, "input 'wait': must be true or false"],
    ['bad images line', { manifests, images: 'just-a-ref' }, "input 'images': each line must look like 'name=value'"],
    ['bad label value', { manifests, labels: 'team=a b' }, "input 'labels': value of 'team' must be"],
    [
      'image name matching nothing',
      { manifests, images: 'ghcr.io/acme/nope=x:1', kubeconfig: KUBECONFIG },
      "input 'images': 'ghcr.io/acme/nope' matches no container",
    ],
    [
      'pattern matching nothing',
      { manifests: 'nowhere/*.yaml', kubeconfig: KUBECONFIG },
      "'nowhere/*.yaml' matches no file or directory",
    ],
    [
      'unknown context',
      { manifests, kubeconfig: KUBECONFIG, context: 'prod' },
      "input 'context': names no context of the kubeconfig (known: ctx)",
    ],
    ['no kubeconfig anywhere', { manifests }, "input 'kubeconfig': is empty, KUBECONFIG is unset"],
    [
      'unparsable kubeconfig',
      { manifests, kubeconfig: 'clusters: [oops' },
      "input 'kubeconfig': is not a valid kubeconfig",
    ],
  ])('%#: %s', async (_label, inputs, message) => {
    const { runtime, outcome } = await deploy(inputs);
    expect(outcome).toBe('config-error');
    expect(runtime.failures[0]).toContain(message);
    expect(runtime.transcript()).not.toContain('s3cr3t-token-value-123456');
  });

  it('masks the kubeconfig token (not every line of the content) the moment it is read, and says where access came from', async () => {
    const { runtime, outcome } = await deploy({ manifests, kubeconfig: KUBECONFIG, timeout: '2s' });
    expect(outcome).toBe('error');
    expect(runtime.secrets).toContain('s3cr3t-token-value-123456');
    expect(runtime.secrets).not.toContain(KUBECONFIG.trim());
    expect(runtime.secrets).not.toContain('kind: Config');
    expect(runtime.transcript()).not.toContain('s3cr3t-token-value-123456');
    expect(runtime.logs[0].message).toBe("cluster: context 'ctx' from input");
    // The 2 s deadline covers validation: it ends the step while the client still retries, and the
    // retry warnings say what the API server answered.
    expect(runtime.failures[0]).toMatch(/^deploy-kit\/deploy: the deploy timeout \(2s\) ran out during validation/);
    expect(runtime.logs.find((l) => l.level === 'warning')?.message).toMatch(/127\.0\.0\.1:1/);
  });

  it('reads KUBECONFIG when the input is empty, and the context namespace is the default target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-kc-'));
    writeFileSync(join(dir, 'config'), KUBECONFIG);
    const { runtime } = await deploy({ manifests, timeout: '2s' }, { KUBECONFIG: join(dir, 'config') });
    expect(runtime.logs[0].message).toBe("cluster: context 'ctx' from KUBECONFIG");
    expect(runtime.logs[1].message).toContain("namespace 'shop'");
    expect(runtime.secrets).toContain('s3cr3t-token-value-123456');
  });
});

describe('rollback adapter inputs', () => {
  async function rollback(inputs: Record<string, string>) {
    const runtime = createMemoryRuntime({ kubeconfig: KUBECONFIG, ...inputs }, { cwd: repoRoot });
    return { runtime, outcome: await runRollback(runtime) };
  }

  it.each([
    [{}, "input 'record': give either record"],
    [{ record: 'r.json', workloads: 'deployment/web' }, "input 'workloads': give either record"],
    [{ record: 'missing.json' }, "input 'record': 'missing.json' does not exist"],
    [{ record: 'package.json' }, "input 'record': 'package.json' has schema 'undefined'"],
    [{ workloads: 'pod/web' }, "input 'workloads': each line must be kind/name"],
    [{ workloads: 'deployment/web', 'to-revision': '-1' }, "input 'to-revision': must be a whole number >= 0"],
  ])('%j', async (inputs, message) => {
    const { runtime, outcome } = await rollback(inputs);
    expect(outcome).toBe('config-error');
    expect(runtime.failures[0]).toContain(message);
  });
});
