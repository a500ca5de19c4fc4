import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../../../src/actions/harness.js';
import { inputs as deployInputs } from '../../../src/actions/deploy/inputs.js';
import { connect } from '../../../src/actions/shared/kube.js';
import { createActionsRuntime } from '../../../src/runtime/actions-runtime.js';
import { createCliRuntime } from '../../../src/runtime/cli-runtime.js';
import { captureStdout, replayRunnerLog } from '../../helpers/runner-log.js';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.c2VydmljZS1hY2NvdW50.sig-q8Zr';
const KEY_DATA = 'LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUFrZXk=';
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const KUBECONFIG = `apiVersion: v1
kind: Config
current-context: x
clusters:
  - name: prod
    cluster:
      server: https://127.0.0.1:6443
      certificate-authority-data: Y2EtY2VydA==
contexts:
  - name: x
    context:
      cluster: prod
      user: deployer
      namespace: default
  - name: eks
    context:
      cluster: prod
      user: eks-user
users:
  - name: deployer
    user:
      token: ${TOKEN}
      client-key-data: ${KEY_DATA}
  - name: eks-user
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, prod]
        env:
          - name: AWS_PROFILE
            value: default
          - name: AWS_SECRET_ACCESS_KEY
            value: ${AWS_SECRET}
`;

const saved = { ...process.env };
beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-mask-'));
  process.env.GITHUB_OUTPUT = join(dir, 'output');
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
});
afterEach(() => {
  process.env = { ...saved };
});

async function runStep(
  inputs: Record<string, string>,
  body: (runtime: ReturnType<typeof createActionsRuntime>) => void,
) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  const runtime = createActionsRuntime(process.env);
  const { stdout } = await captureStdout(() => Promise.resolve(body(runtime)));
  return replayRunnerLog(stdout);
}

describe('the job log after the runner masks it', () => {
  it('masks the kubeconfig credentials and nothing else, so ordinary log lines stay readable', async () => {
    const log = await runStep({ kubeconfig: KUBECONFIG }, (runtime) => {
      const inputs = parseInputs({ kubeconfig: deployInputs.kubeconfig, context: deployInputs.context }, runtime);
      connect(inputs, runtime);
      runtime.info(`leaked by a careless debug line: ${TOKEN} ${KEY_DATA} ${AWS_SECRET}`);
      runtime.info('namespace: default, kind: Config, user: deployer');
    });
    expect(log.lines).toContain("cluster: context 'x' from input");
    expect(log.lines).toContain('leaked by a careless debug line: *** *** ***');
    expect(log.lines).toContain('namespace: default, kind: Config, user: deployer');
    expect(log.masks).toEqual(expect.arrayContaining([TOKEN, KEY_DATA, AWS_SECRET]));
    for (const word of ['cluster:', 'default', 'kind: Config', 'namespace: default', 'x', 'prod', 'aws'])
      expect(log.masks).not.toContain(word);
  });

  it('escapes a value with a newline so it cannot inject a workflow command', async () => {
    const log = await runStep({}, (runtime) => {
      runtime.info('version: 1.2.3\n::error::pwned\n  ::add-mask::deploy\nsee ##[error]old style');
      runtime.warning('multi\n::error::still data');
    });
    expect(log.commands.map((c) => c.name)).toEqual(['warning']);
    expect(log.masks).toEqual([]);
    expect(log.lines.join('\n')).toContain('pwned');
    expect(log.lines.join('\n')).toContain('deploy');
  });

  it('keeps the CLI output free of workflow commands too (it may run inside a step)', () => {
    const stderr = new PassThrough();
    const runtime = createCliRuntime({ inputs: {}, stderr, stdout: new PassThrough() });
    runtime.secret(TOKEN);
    runtime.info(`::add-mask::x\n${TOKEN}`);
    const text = String(stderr.read());
    expect(replayRunnerLog(text).commands).toEqual([]);
    expect(text).not.toContain(TOKEN);
  });
});
