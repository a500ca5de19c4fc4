import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { run } from '../../src/actions/notify/main.js';
import { readBody, startHttpServer, type TestServer } from '../helpers/http.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github-deployments.js';

interface Received {
  path: string;
  query: URLSearchParams;
  body: any;
}

/** A webhook receiver on 127.0.0.1 that records what it got and answers as scripted per path. */
async function startReceiver(): Promise<TestServer & { received: Received[] }> {
  const received: Received[] = [];
  const server = await startHttpServer(async (req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = JSON.parse(await readBody(req));
    received.push({ path: url.pathname, query: url.searchParams, body });
    if (url.pathname.startsWith('/fail')) return res.writeHead(500).end('boom at /fail/hooks/secret-path-XYZ');
    if (url.pathname.startsWith('/robot-error'))
      return res.writeHead(200).end(JSON.stringify({ errcode: 310000, errmsg: 'sign not match' }));
    if (url.pathname.startsWith('/robot')) return res.writeHead(200).end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    res.writeHead(200).end('ok');
  });
  return { ...server, received };
}

let hooks: Awaited<ReturnType<typeof startReceiver>>;
let github: FakeGitHub;
beforeAll(async () => {
  hooks = await startReceiver();
  github = await startFakeGitHub();
});
afterAll(async () => {
  await hooks.close();
  await github.close();
});

const env = {
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '42',
  GITHUB_SHA: 'c'.repeat(40),
};
const base = { version: 'v2.0.0', environment: 'staging', digest: 'sha256:abc', verdict: 'fail', score: '61' };

describe('notify action', () => {
  it('posts each channel its own payload shape, signs DingTalk, and never leaks a URL', async () => {
    const runtime = createMemoryRuntime(
      {
        ...base,
        status: 'rolled-back',
        reason: 'perf gate failed: p(95) 180ms > 100ms',
        'restored-version': 'v1.0.0',
        'webhook-url': `${hooks.url}/generic/tok-generic-1`,
        'slack-webhook-url': `${hooks.url}/services/T000/B000/slacksecret123`,
        'teams-webhook-url': `${hooks.url}/teams/teamssecret456`,
        'dingtalk-webhook-url': `${hooks.url}/robot/send?access_token=dingtoken789`,
        'dingtalk-secret': 'SECdingsigning000',
        'wecom-webhook-url': `${hooks.url}/robot/wecom?key=wecomkey321`,
      },
      { env },
    );
    expect(await run(runtime)).toBe('passed');
    expect(runtime.outputs).toMatchObject({ sent: '5', failed: '0' });
    const by = (prefix: string) => hooks.received.find((r) => r.path.startsWith(prefix))!;
    expect(by('/generic').body).toMatchObject({
      source: 'deploy-kit',
      status: 'rolled-back',
      version: 'v2.0.0',
      restoredVersion: 'v1.0.0',
      logUrl: 'https://github.com/acme/shop/actions/runs/42',
    });
    expect(by('/services').body.text).toBe('↩️ acme/shop v2.0.0 rolled back on staging (v1.0.0 restored)');
    expect(by('/services').body.blocks[1].fields).toContainEqual({
      type: 'mrkdwn',
      text: '*Reason*\nperf gate failed: p(95) 180ms > 100ms',
    });
    const card = by('/teams').body;
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.attachments[0].content.body[1].facts).toContainEqual({ title: 'Score', value: '61' });
    const ding = by('/robot/send');
    expect(ding.body).toMatchObject({
      msgtype: 'markdown',
      markdown: { title: expect.stringContaining('rolled back') },
    });
    const timestamp = ding.query.get('timestamp')!;
    const expected = createHmac('sha256', 'SECdingsigning000')
      .update(`${timestamp}\nSECdingsigning000`)
      .digest('base64');
    expect(ding.query.get('sign')).toBe(expected);
    expect(by('/robot/wecom').body.markdown.content).toContain('- **Restored version**: v1.0.0');
    for (const secret of [
      'slacksecret123',
      'teamssecret456',
      'dingtoken789',
      'SECdingsigning000',
      'wecomkey321',
      'tok-generic-1',
    ]) {
      expect(runtime.transcript()).not.toContain(secret);
      expect(runtime.secrets.join('\n')).toContain(secret);
    }
  });

  it('warns and passes when webhooks fail, refuse connections or answer with a robot errcode', async () => {
    const closed = await startHttpServer(() => undefined);
    await closed.close();
    const runtime = createMemoryRuntime(
      {
        ...base,
        status: 'failed',
        'webhook-url': `${hooks.url}/fail/hooks/secret-path-XYZ`,
        'slack-webhook-url': `${closed.url}/services/gone`,
        'wecom-webhook-url': `${hooks.url}/robot-error?key=wecomkey999`,
        'teams-webhook-url': `${hooks.url}/teams/legacy`,
        'teams-format': 'message-card',
      },
      { env },
    );
    expect(await run(runtime)).toBe('passed');
    expect(runtime.failures).toEqual([]);
    expect(runtime.outputs).toMatchObject({ sent: '1', failed: '3' });
    const warnings = runtime.logs.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/could not notify webhook: HTTP 500/),
        expect.stringMatching(/could not notify slack: ECONNREFUSED/),
        expect.stringMatching(/could not notify wecom: errcode 310000: sign not match/),
      ]),
    );
    expect(hooks.received.filter((r) => r.path.startsWith('/fail'))).toHaveLength(2); // one retry on 5xx
    expect(hooks.received.find((r) => r.path === '/teams/legacy')!.body).toMatchObject({
      '@type': 'MessageCard',
      themeColor: 'D73A49',
    });
    expect(runtime.transcript()).not.toContain('secret-path-XYZ');
    expect(runtime.transcript()).not.toContain('wecomkey999');
  });

  it('records the GitHub Deployment: started in_progress, then rolled back with the restored version', async () => {
    const ghEnv = { ...env, GITHUB_API_URL: github.url };
    const start = createMemoryRuntime(
      {
        ...base,
        status: 'started',
        'github-deployment': 'true',
        'github-token': 'ghs_secret_token',
        'environment-url': 'https://staging.example.com',
      },
      { env: ghEnv },
    );
    expect(await run(start)).toBe('passed');
    const id = start.outputs['deployment-id'];
    expect(start.outputs['deployment-state']).toBe('in_progress');
    const finish = createMemoryRuntime(
      {
        ...base,
        status: 'rolled-back',
        reason: 'smoke test failed',
        'restored-version': 'v1.0.0',
        'github-deployment': 'true',
        'deployment-id': id,
        'github-token': 'ghs_secret_token',
      },
      { env: ghEnv },
    );
    expect(await run(finish)).toBe('passed');
    expect(github.stateOf(Number(id))).toBe('failure');
    const restored = github.deployments.at(-1)!;
    expect(restored.payload).toMatchObject({ version: 'v1.0.0', restoredFrom: 'v2.0.0' });
    expect(github.stateOf(restored.id)).toBe('success');
    expect(github.deployments[0].statuses[0]).toMatchObject({
      state: 'in_progress',
      environment_url: 'https://staging.example.com',
      log_url: 'https://github.com/acme/shop/actions/runs/42',
    });
    expect(finish.transcript()).not.toContain('ghs_secret_token');
  });

  it.each([
    [{ status: 'done' }, /input 'status': must be one of started, succeeded, failed, rolled-back/],
    [
      { status: 'failed', 'slack-webhook-url': 'not a url with hooks-secret-1' },
      /input 'slack-webhook-url': must be an http/,
    ],
    [{ status: 'failed', timeout: '-3s' }, /input 'timeout'/],
    [{ status: 'failed', 'github-deployment': 'true', 'github-token': '' }, /input 'github-token': is empty/],
  ])('rejects bad input %j with a clear error and sends nothing', async (inputs, message) => {
    const before = hooks.received.length;
    const runtime = createMemoryRuntime({ version: 'v1', ...inputs } as Record<string, string>, { env });
    expect(await run(runtime)).toBe('config-error');
    expect(runtime.failures[0]).toMatch(message);
    expect(runtime.transcript()).not.toContain('hooks-secret-1');
    expect(hooks.received.length).toBe(before);
  });
});
