import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKubeAccess } from '../../src/clients/kube/config.js';
import { KubeHttp } from '../../src/clients/kube/http.js';
import { sendJson, startHttpServer, type TestServer } from '../helpers/http.js';

const EXEC_TOKEN = 'k8s-aws-v1.aHR0cHM6Ly9zdHMuYW1hem9uYXdzLmNvbQ-exec-7c1d';
let api: TestServer;
const authSeen: (string | undefined)[] = [];
const dir = mkdtempSync(join(tmpdir(), 'dk-kubecreds-'));

beforeAll(async () => {
  api = await startHttpServer((req, res) => {
    authSeen.push(req.headers.authorization);
    if (req.headers.authorization !== `Bearer ${EXEC_TOKEN}`) return sendJson(res, 401, { kind: 'Status', code: 401 });
    sendJson(res, 200, { major: '1', minor: '20', gitVersion: 'v1.20.0' });
  });
});
afterAll(() => api.close());

const kubeconfig = (opts: { cluster: string; user: string; context: string; current?: string; userBody: string }) =>
  `apiVersion: v1
kind: Config
${opts.current ? `current-context: ${opts.current}\n` : ''}clusters:
  - name: ${opts.cluster}
    cluster: { server: '${api.url}', insecure-skip-tls-verify: true }
contexts:
  - name: ${opts.context}
    context: { cluster: ${opts.cluster}, user: ${opts.user} }
users:
  - name: ${opts.user}
    user:
${opts.userBody}
`;

/** An exec credential plugin as EKS/GKE/AKS kubeconfigs name one: prints an ExecCredential on stdout. */
function writePlugin(path: string, body: string): void {
  writeFileSync(path, `#!/usr/bin/env node\n${body}\n`);
  chmodSync(path, 0o755);
}

function access(env: Record<string, string | undefined>, content?: string, home = join(dir, 'no-home')) {
  const secrets: string[] = [];
  const result = loadKubeAccess({ content, env, secret: (v) => secrets.push(v), home });
  return { ...result, secrets };
}

describe('kubeconfig discovery in kubectl order', () => {
  const a = join(dir, 'a.yaml');
  const b = join(dir, 'b.yaml');
  beforeAll(() => {
    writeFileSync(
      a,
      kubeconfig({ cluster: 'c', user: 'u-a', context: 'shared', userBody: '      token: token-from-a' }),
    );
    writeFileSync(
      b,
      kubeconfig({
        cluster: 'c',
        user: 'u-b',
        context: 'only-b',
        current: 'only-b',
        userBody: '      token: token-b',
      }) + '',
    );
  });

  it('merges a KUBECONFIG list: first file wins a name, first current-context wins, missing files skipped', () => {
    const result = access({ KUBECONFIG: `${join(dir, 'missing.yaml')}:${a}:${b}` });
    expect(result.source).toBe('KUBECONFIG');
    expect(result.context).toBe('only-b');
    expect(result.config.contexts.map((c) => c.name).sort()).toEqual(['only-b', 'shared']);
    expect(result.config.users.map((u) => u.name).sort()).toEqual(['u-a', 'u-b']);
    expect(result.secrets).toEqual(expect.arrayContaining(['token-from-a', 'token-b']));
  });

  it('reads ~/.kube/config when neither the input nor KUBECONFIG is given (after aws eks update-kubeconfig)', () => {
    const home = join(dir, 'home');
    mkdirSync(join(home, '.kube'), { recursive: true });
    writeFileSync(
      join(home, '.kube', 'config'),
      kubeconfig({
        cluster: 'eks',
        user: 'arn',
        context: 'arn-ctx',
        current: 'arn-ctx',
        userBody: '      token: tok-home',
      }),
    );
    const result = access({ HOME: home, KUBERNETES_SERVICE_HOST: '10.0.0.1' });
    expect(result.source).toBe('~/.kube/config');
    expect(result.context).toBe('arn-ctx');
  });

  it('prefers the input content over KUBECONFIG and ~/.kube/config', () => {
    const content = kubeconfig({
      cluster: 'i',
      user: 'iu',
      context: 'ic',
      current: 'ic',
      userBody: '      token: tok-in',
    });
    const result = access({ KUBECONFIG: a, HOME: join(dir, 'home') }, content);
    expect([result.source, result.context]).toEqual(['input', 'ic']);
  });

  it('names every place it looked when there is no credential at all', () => {
    expect(() => access({})).toThrow(/input 'kubeconfig'.*KUBECONFIG is unset, ~\/\.kube\/config does not exist/);
  });
});

describe('exec credential plugins', () => {
  it('runs the plugin, authenticates with its token and registers the token as a secret before use', async () => {
    const plugin = join(dir, 'bin', 'get-token');
    mkdirSync(join(dir, 'bin'), { recursive: true });
    writePlugin(
      plugin,
      `if (!process.env.KUBERNETES_EXEC_INFO) { console.error('KUBERNETES_EXEC_INFO missing'); process.exit(3); }
process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential',
  status: { token: '${EXEC_TOKEN}' } }));`,
    );
    // A relative command with a slash resolves against the kubeconfig's directory, as kubectl does.
    const file = join(dir, 'exec.yaml');
    writeFileSync(
      file,
      kubeconfig({
        cluster: 'eks',
        user: 'exec-user',
        context: 'eks',
        current: 'eks',
        userBody: `      exec:\n        apiVersion: client.authentication.k8s.io/v1beta1\n        command: ./bin/get-token`,
      }),
    );
    const result = access({ KUBECONFIG: file });
    const http = new KubeHttp(result.config, { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, result.secret);
    authSeen.length = 0;
    const version = await http.once<{ gitVersion: string }>({ method: 'GET', path: '/version' });
    expect(version.gitVersion).toBe('v1.20.0');
    expect(authSeen).toEqual([`Bearer ${EXEC_TOKEN}`]);
    expect(result.secrets).toContain(EXEC_TOKEN);
  });

  it('turns a failing plugin into an error naming the user and the plugin', async () => {
    const plugin = join(dir, 'failing-plugin');
    writePlugin(
      plugin,
      `console.error('ExpiredToken: the security token included in the request is expired'); process.exit(1);`,
    );
    const content = kubeconfig({
      cluster: 'eks',
      user: 'ci',
      context: 'eks',
      current: 'eks',
      userBody: `      exec:\n        apiVersion: client.authentication.k8s.io/v1beta1\n        command: ${plugin}`,
    });
    const result = access({}, content);
    const http = new KubeHttp(result.config, { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, result.secret);
    await expect(http.once({ method: 'GET', path: '/version' })).rejects.toThrow(
      /kubeconfig user 'ci' \(exec plugin '.*failing-plugin'\): ExpiredToken/,
    );
  });
});
