import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/actions/harness.js';
import { createDefinition } from '../../src/actions/build-and-push/main.js';
import type { ProcessOptions, ProcessResult, ProcessRunner } from '../../src/clients/container-engine-exec.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { startHttpServer, type TestServer } from '../helpers/http.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const PASSWORD = 's3cret-registry-password';
const SHA = '0123456789abcdef0123456789abcdef01234567';

/** A registry speaking the Docker token protocol: 401 + Bearer challenge, /token with Basic auth. */
async function tokenRegistry(): Promise<TestServer & { requests: string[] }> {
  const requests: string[] = [];
  const server = await startHttpServer((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.authorization?.split(' ')[0] ?? '-'}`);
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/token') {
      const ok = req.headers.authorization === `Basic ${Buffer.from(`bot:${PASSWORD}`).toString('base64')}`;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      return res.end(ok ? JSON.stringify({ token: 'tok-1', scope: url.searchParams.get('scope') }) : '{}');
    }
    if (req.headers.authorization !== 'Bearer tok-1') {
      res.writeHead(401, { 'www-authenticate': `Bearer realm="http://127.0.0.1:${server.port}/token",service="fake"` });
      return res.end();
    }
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: { size: 1000 },
      layers: [{ size: 2000 }, { size: 3000 }],
    });
    res.writeHead(200, {
      'docker-content-digest': DIGEST,
      'content-type': 'application/vnd.docker.distribution.manifest.v2+json',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return Object.assign(server, { requests });
}

interface Call {
  command: string;
  args: string[];
  stdin?: string;
  env?: Record<string, string | undefined>;
}

/** Records every CLI call; answers from a script keyed by the first arguments. */
function fakeRunner(script: (call: Call) => Partial<ProcessResult> | undefined): ProcessRunner & { calls: Call[] } {
  const calls: Call[] = [];
  const runner = async (command: string, args: string[], options: ProcessOptions = {}) => {
    const call = { command, args, stdin: options.stdin, env: options.env };
    calls.push(call);
    const answer = { code: 0, stdout: '', stderr: '', ...script(call) };
    return { ...answer, combined: answer.stdout + answer.stderr } as ProcessResult;
  };
  return Object.assign(runner, { calls });
}

describe('build-and-push adapter with scripted builders and a token-auth registry', () => {
  let registry: Awaited<ReturnType<typeof tokenRegistry>>;
  let context: string;
  beforeAll(async () => {
    registry = await tokenRegistry();
    context = mkdtempSync(join(tmpdir(), 'dk-bp-adapter-'));
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');
  });
  afterAll(async () => {
    await registry.close();
    rmSync(context, { recursive: true, force: true });
  });

  const env = { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: SHA };
  const inputs = (extra: Record<string, string> = {}) => ({
    images: `127.0.0.1:${registry.port}/team/app`,
    context,
    tags: 'type=semver,pattern={{version}}',
    flavor: 'latest=false',
    username: 'bot',
    password: PASSWORD,
    ...extra,
  });

  it('podman: password only on stdin, plain-HTTP flags for loopback, one push per tag, bearer read-back, logout', async () => {
    const run = fakeRunner(() => ({}));
    const runtime = createMemoryRuntime(
      inputs({
        builder: 'podman',
        tags: 'type=semver,pattern={{version}}\ntype=sha',
        'cache-to': 'type=registry,ref=x',
      }),
      { env },
    );
    expect(await runAction(createDefinition({ run, retry: { baseDelayMs: 1 } }), runtime)).toBe('passed');
    const lines = run.calls.map((c) => `${c.command} ${c.args.join(' ')}`);
    const app = `127.0.0.1:${registry.port}/team/app`;
    expect(lines.find((l) => l.startsWith('podman login'))).toBe(
      `podman login --tls-verify=false --username bot --password-stdin 127.0.0.1:${registry.port}`,
    );
    expect(run.calls.find((c) => c.args[0] === 'login')?.stdin).toBe(PASSWORD);
    expect(run.calls.some((c) => c.args.some((a) => a.includes(PASSWORD)))).toBe(false);
    expect(lines.filter((l) => l.startsWith('podman push'))).toEqual([
      `podman push --tls-verify=false ${app}:1.2.3`,
      `podman push --tls-verify=false ${app}:sha-0123456`,
    ]);
    expect(lines.at(-1)).toBe(`podman logout 127.0.0.1:${registry.port}`);
    expect(lines.find((l) => l.startsWith('podman build'))).toContain('--cache-to type=registry,ref=x');
    expect(runtime.outputs.digest).toBe(DIGEST);
    expect(runtime.outputs['image-ref']).toBe(`${app}@${DIGEST}`);
    expect(JSON.parse(runtime.outputs.metadata).sizeBytes).toBe(6000);
    expect(registry.requests.some((r) => r.startsWith('GET /token?') && r.endsWith('Basic'))).toBe(true);
    expect(runtime.transcript()).not.toContain(PASSWORD);
    const login = run.calls.find((c) => c.args[0] === 'login')!;
    expect(login.env?.REGISTRY_AUTH_FILE).toBe(join(login.env!.DOCKER_CONFIG!, 'auth.json'));
    expect(
      run.calls.filter((c) => c.args[0] === 'push').every((c) => c.env?.DOCKER_CONFIG === login.env?.DOCKER_CONFIG),
    ).toBe(true);
    expect(existsSync(login.env!.DOCKER_CONFIG!)).toBe(false);
  });

  it('retries a transient push failure with backoff, then succeeds', async () => {
    let pushes = 0;
    const run = fakeRunner((call) =>
      call.args[0] === 'push' && ++pushes === 1
        ? { code: 1, stderr: 'received unexpected HTTP status: 503 Service Unavailable' }
        : {},
    );
    const runtime = createMemoryRuntime(inputs({ builder: 'docker' }), { env });
    expect(await runAction(createDefinition({ run, retry: { baseDelayMs: 1 } }), runtime)).toBe('passed');
    expect(pushes).toBe(2);
    expect(runtime.logs.find((l) => l.level === 'warning')?.message).toMatch(
      /failed \(attempt 1\), retrying in 1ms: .*503/,
    );
  });

  it('logs out even when the build fails, and the error names the failing step', async () => {
    const run = fakeRunner((call) =>
      call.args[0] === 'build'
        ? { code: 1, stdout: 'Step 1/2 : FROM scratch\n ---> \nStep 2/2 : RUN make\nmake: *** no rule\n' }
        : {},
    );
    const runtime = createMemoryRuntime(inputs({ builder: 'docker' }), { env });
    expect(await runAction(createDefinition({ run }), runtime)).toBe('error');
    expect(runtime.failures[0]).toMatch(
      /failed at 'Step 2\/2 : RUN make' \(exit 1\):\nStep 2\/2 : RUN make\nmake: \*\*\* no rule/,
    );
    expect(run.calls.at(-1)?.args[0]).toBe('logout');
  });

  it('buildx: platforms, cache export, attestations and push happen in one build call', async () => {
    const run = fakeRunner(() => ({}));
    const runtime = createMemoryRuntime(
      inputs({
        platforms: 'linux/amd64,linux/arm64',
        'cache-to': 'type=gha,mode=max',
        provenance: 'mode=max',
        sbom: 'true',
      }),
      { env },
    );
    expect(await runAction(createDefinition({ run }), runtime)).toBe('passed');
    const build = run.calls.find((c) => c.args[1] === 'build')!;
    expect(build.args.slice(0, 2)).toEqual(['buildx', 'build']);
    expect(build.args).toEqual(
      expect.arrayContaining([
        '--platform',
        'linux/amd64,linux/arm64',
        '--cache-to',
        'type=gha,mode=max',
        '--provenance=mode=max',
        '--sbom=true',
        '--push',
      ]),
    );
    expect(run.calls.filter((c) => c.args[0] === 'push')).toEqual([]);
    expect(runtime.outputs.digest).toBe(DIGEST);
  });

  it('auto falls back to the classic docker builder when buildx is missing', async () => {
    const run = fakeRunner((call) =>
      call.args[0] === 'buildx' ? { code: 1, stderr: "docker: 'buildx' is not a docker command." } : {},
    );
    const runtime = createMemoryRuntime(inputs(), { env });
    expect(await runAction(createDefinition({ run }), runtime)).toBe('passed');
    expect(JSON.parse(runtime.outputs.metadata).builder).toBe('docker');
  });

  it.each([
    [{ file: 'nope/Dockerfile' }, "input 'file': no Dockerfile at"],
    [{ context: '/does/not/exist' }, "input 'context': directory /does/not/exist does not exist"],
    [{ password: '' }, "input 'password': username and password go together"],
    [{ builder: 'kaniko' }, "input 'builder': must be one of auto, buildx, docker, podman, buildah"],
    [{ images: 'App:1' }, "input 'images'"],
    [{ flavor: 'latest=maybe' }, "input 'flavor': latest must be auto, true or false"],
    [{ builder: 'podman', platforms: 'linux/arm64' }, "input 'platforms': the podman builder cannot honour it"],
  ])('config error %j names the input and changes nothing', async (extra, message) => {
    const run = fakeRunner(() => ({}));
    const runtime = createMemoryRuntime(inputs(extra), { env });
    expect(await runAction(createDefinition({ run }), runtime)).toBe('config-error');
    expect(runtime.failures[0]).toContain(message);
    expect(run.calls.filter((c) => ['login', 'build', 'push'].includes(c.args[0]))).toEqual([]);
  });

  it('says which builders were tried when none is usable', async () => {
    const run = fakeRunner(() => ({ code: 127, stderr: 'spawn ENOENT' }));
    const runtime = createMemoryRuntime(inputs(), { env });
    expect(await runAction(createDefinition({ run }), runtime)).toBe('error');
    expect(runtime.failures[0]).toContain(
      'no usable container builder (buildx: docker is not installed; docker: docker is not installed; podman: podman is not installed; buildah: buildah is not installed)',
    );
  });

  it('ghcr.io without username/password logs in with the job token and actor, and masks the token', async () => {
    const run = fakeRunner(() => ({}));
    const token = 'ghs_jobTokenValue0123456789';
    const runtime = createMemoryRuntime(
      {
        images: 'ghcr.io/MyOrg/Shop',
        context,
        tags: 'type=sha',
        push: 'false',
        builder: 'docker',
        'github-token': token,
      },
      { env: { ...env, GITHUB_ACTOR: 'octocat' } },
    );
    expect(await runAction(createDefinition({ run, retry: { baseDelayMs: 1 } }), runtime)).toBe('passed');
    const login = run.calls.find((c) => c.args[0] === 'login')!;
    expect(`${login.command} ${login.args.join(' ')}`).toBe('docker login --username octocat --password-stdin ghcr.io');
    expect(login.stdin).toBe(token);
    expect(runtime.secrets).toContain(token);
    expect(runtime.transcript()).not.toContain(token);
  });

  it('names registry, not images, when registry is a URL', async () => {
    const runtime = createMemoryRuntime({ images: 'team/app', context, registry: 'https://ghcr.io' }, { env });
    expect(await runAction(createDefinition({ run: fakeRunner(() => ({})) }), runtime)).toBe('config-error');
    expect(runtime.failures[0]).toMatch(
      /input 'registry': must be a registry host such as ghcr\.io, without https:\/\//,
    );
  });
});
