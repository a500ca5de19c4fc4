import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson, startHttpServer, type TestServer } from './http.js';

export interface FakeDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  payload: Record<string, unknown>;
  description: string;
  production_environment?: boolean;
  /** Who created it: the job token's app for deploy-kit's own, github-actions[bot] for a job's `environment:`. */
  creator: { login: string };
  statuses: Array<{
    state: string;
    description: string;
    environment_url?: string;
    log_url?: string;
    auto_inactive?: boolean;
  }>;
}

export interface FakeGitHub extends TestServer {
  deployments: FakeDeployment[];
  /** Every request as `METHOD path` with its Authorization header. */
  requests: Array<{ method: string; path: string; authorization?: string }>;
  /** The state GitHub would show for a deployment: its last status, with auto_inactive applied. */
  stateOf(id: number): string | undefined;
  /** What GitHub does when a job with `environment:` starts: its own deployment, in_progress, linking the job. */
  addJobDeployment(environment: string, sha: string, runId: string, jobId?: number): FakeDeployment;
}

/**
 * A stand-in for the GitHub REST API's deployment endpoints on 127.0.0.1, shaped like the real
 * responses, including auto_inactive (a success makes earlier successful deployments inactive).
 */
export async function startFakeGitHub(options: { failWith?: number } = {}): Promise<FakeGitHub> {
  const deployments: FakeDeployment[] = [];
  const requests: FakeGitHub['requests'] = [];
  const inactive = new Set<number>();
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization });
    if (options.failWith) return sendJson(res, options.failWith, { message: 'Server Error' });
    const body = req.method === 'POST' ? JSON.parse((await readBody(req)) || '{}') : {};
    const list = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/deployments$/);
    const status = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/);
    if (list && req.method === 'POST') {
      const deployment: FakeDeployment = {
        id: deployments.length + 1,
        sha: /^[0-9a-f]{40}$/.test(body.ref) ? body.ref : `${'0'.repeat(39)}${deployments.length + 1}`,
        ref: body.ref,
        environment: body.environment,
        payload: body.payload ?? {},
        description: body.description,
        production_environment: body.production_environment,
        creator: { login: 'deploy-kit-token[bot]' },
        statuses: [],
      };
      deployments.push(deployment);
      return sendJson(res, 201, deployment);
    }
    if (list && req.method === 'GET') {
      const env = url.searchParams.get('environment');
      const sha = url.searchParams.get('sha');
      return sendJson(
        res,
        200,
        [...deployments].reverse().filter((d) => (!env || d.environment === env) && (!sha || d.sha === sha)),
      );
    }
    if (status && req.method === 'GET') {
      const deployment = deployments.find((d) => d.id === Number(status[1]));
      return deployment ? sendJson(res, 200, [...deployment.statuses].reverse()) : sendJson(res, 404, {});
    }
    if (status && req.method === 'POST') {
      const deployment = deployments.find((d) => d.id === Number(status[1]));
      if (!deployment) return sendJson(res, 404, { message: 'Not Found' });
      deployment.statuses.push(body);
      if (body.state === 'success' && body.auto_inactive !== false) {
        for (const other of deployments) {
          if (
            other.id !== deployment.id &&
            other.environment === deployment.environment &&
            other.statuses.at(-1)?.state === 'success'
          )
            inactive.add(other.id);
        }
      }
      return sendJson(res, 201, { id: deployment.statuses.length, ...body });
    }
    return sendJson(res, 404, { message: 'Not Found' });
  };
  const server = await startHttpServer((req, res) => void handler(req, res));
  return {
    ...server,
    deployments,
    requests,
    addJobDeployment: (environment, sha, runId, jobId = 1) => {
      const deployment: FakeDeployment = {
        id: deployments.length + 1,
        sha,
        ref: sha,
        environment,
        payload: {},
        description: '',
        creator: { login: 'github-actions[bot]' },
        statuses: [
          {
            state: 'in_progress',
            description: '',
            log_url: `https://github.com/acme/shop/actions/runs/${runId}/job/${jobId}`,
          },
        ],
      };
      deployments.push(deployment);
      return deployment;
    },
    stateOf: (id) => (inactive.has(id) ? 'inactive' : deployments.find((d) => d.id === id)?.statuses.at(-1)?.state),
  };
}
