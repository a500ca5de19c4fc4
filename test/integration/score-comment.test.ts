import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { upsertComment } from '../../src/clients/github/comments.js';
import { createOctokit } from '../../src/clients/github/octokit.js';
import { run } from '../../src/actions/quality-score/main.js';
import { COMMENT_MARKER } from '../../src/actions/quality-score/summary.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { readBody, sendJson, startHttpServer, type TestServer } from '../helpers/http.js';
import { repoRoot } from '../helpers/repo.js';

/**
 * A stand-in for the three GitHub REST endpoints the comment uses, with GitHub's pagination
 * (Link header) and its 403 for a read-only token ("Resource not accessible by integration").
 */
interface Comment {
  id: number;
  body: string;
  html_url: string;
}
const state = { comments: [] as Comment[], requests: [] as string[], nextId: 100 };
const WRITE_TOKEN = 'ghs_writeToken123';
const PAGE = 2;
let github: TestServer;

beforeAll(async () => {
  github = await startHttpServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    state.requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.headers.authorization !== `token ${WRITE_TOKEN}` && req.method !== 'GET') {
      return sendJson(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    const list = url.pathname.match(/^\/repos\/acme\/shop\/issues\/42\/comments$/);
    if (list && req.method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const pages = Math.max(1, Math.ceil(state.comments.length / PAGE));
      if (page < pages)
        res.setHeader('link', `<${github.url}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"`);
      return sendJson(res, 200, state.comments.slice((page - 1) * PAGE, page * PAGE));
    }
    if (list && req.method === 'POST') {
      const comment = {
        id: state.nextId++,
        body: JSON.parse(await readBody(req)).body,
        html_url: `https://github.test/acme/shop/pull/42#c${state.nextId}`,
      };
      state.comments.push(comment);
      return sendJson(res, 201, comment);
    }
    const edit = url.pathname.match(/^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/);
    const existing = edit && state.comments.find((c) => c.id === Number(edit[1]));
    if (existing && req.method === 'PATCH') {
      existing.body = JSON.parse(await readBody(req)).body;
      return sendJson(res, 200, existing);
    }
    sendJson(res, 404, { message: 'Not Found' });
  });
});

afterAll(() => github.close());

beforeEach(() => {
  state.comments = [
    { id: 1, body: 'LGTM', html_url: 'u1' },
    { id: 2, body: 'please add tests', html_url: 'u2' },
    { id: 3, body: 'another human comment', html_url: 'u3' },
  ];
  state.requests = [];
});

const target = { owner: 'acme', repo: 'shop', number: 42 };

describe('upsertComment against a local GitHub REST stand-in', () => {
  it('creates the comment once, then updates it in place (found on a later page)', async () => {
    const octokit = createOctokit(WRITE_TOKEN, github.url);
    const first = await upsertComment(octokit, target, COMMENT_MARKER, 'score 80');
    expect(first.status).toBe('created');
    expect(state.comments).toHaveLength(4);
    const second = await upsertComment(octokit, target, COMMENT_MARKER, 'score 90');
    expect(second).toMatchObject({ status: 'updated', id: (first as { id: number }).id });
    expect(state.comments).toHaveLength(4);
    expect(state.comments[3].body).toBe(`${COMMENT_MARKER}\nscore 90`);
    // The marker sat on page 2: the client followed GitHub's Link header.
    expect(state.requests).toContain('GET /repos/acme/shop/issues/42/comments?per_page=100&page=2');
    expect(state.requests.at(-1)).toBe(`PATCH /repos/acme/shop/issues/comments/${(first as { id: number }).id}`);
  });

  it('returns forbidden (does not throw) for a read-only token', async () => {
    const outcome = await upsertComment(createOctokit('ghs_readOnly456', github.url), target, COMMENT_MARKER, 'x');
    expect(outcome).toMatchObject({ status: 'forbidden' });
    expect((outcome as { message: string }).message).toContain('Resource not accessible by integration');
  });
});

describe('the action comments on the pull request of the event', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-score-comment-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 42, head: { repo: { fork: true } } } }));
  const env = () => ({
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: github.url,
    GITHUB_WORKSPACE: repoRoot,
  });
  const inputs = (token: string) => ({
    tests: 'test/fixtures/quality/real/node-junit.xml',
    'github-token': token,
    report: join(dir, 'quality-score.json'),
  });

  it('creates the comment with the summary behind the marker', async () => {
    const runtime = createMemoryRuntime(inputs(WRITE_TOKEN), { env: env(), tempDir: dir });
    expect(await run(runtime)).toBe('passed');
    const ours = state.comments.filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('Quality score: 100 / 100 (grade A)');
    expect(runtime.transcript()).not.toContain(WRITE_TOKEN);
    expect(runtime.secrets).toContain(WRITE_TOKEN);
  });

  it('on a read-only token (fork PR) passes, writes the body and PR number to files and says how to post them', async () => {
    const token = 'ghs_readOnly456';
    const runtime = createMemoryRuntime(inputs(token), { env: env(), tempDir: dir });
    expect(await run(runtime)).toBe('passed');
    expect(runtime.failures).toEqual([]);
    const warning = runtime.logs.find((l) => l.level === 'warning' && l.message.includes('could not comment'))!.message;
    expect(warning).toContain('403');
    expect(warning).toContain('workflow_run');
    const body = readFileSync(join(dir, 'quality-score-comment.md'), 'utf8');
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'quality-score-comment.json'), 'utf8'))).toMatchObject({
      repository: 'acme/shop',
      pullRequest: 42,
    });
    expect(state.comments.some((c) => c.body.startsWith(COMMENT_MARKER))).toBe(false);
    expect(runtime.transcript()).not.toContain(token);
  });

  it('does not comment outside pull requests', async () => {
    const runtime = createMemoryRuntime(inputs(WRITE_TOKEN), {
      env: { ...env(), GITHUB_EVENT_PATH: undefined },
      tempDir: dir,
    });
    expect(await run(runtime)).toBe('passed');
    expect(state.requests).toEqual([]);
  });
});
