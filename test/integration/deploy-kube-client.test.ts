import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpKubeClient } from '../../src/clients/kube/client.js';
import { KubeApiError } from '../../src/core/kube/errors.js';
import { readBody, sendJson, startHttpServer, type TestServer } from '../helpers/http.js';

/** A tiny API server script on 127.0.0.1: discovery for apps/v1, then answers from a queue. */
let server: TestServer;
const answers: [number, unknown][] = [];
const seen: { method: string; url: string; type?: string; auth?: string; body: string }[] = [];
beforeAll(async () => {
  server = await startHttpServer(async (req, res) => {
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      type: req.headers['content-type'],
      auth: req.headers.authorization,
      body: await readBody(req),
    });
    if (req.url === '/apis/apps/v1')
      return sendJson(res, 200, {
        resources: [
          { name: 'deployments', kind: 'Deployment', namespaced: true },
          { name: 'deployments/scale', kind: 'Scale', namespaced: true },
        ],
      });
    const [status, body] = answers.shift() ?? [200, {}];
    sendJson(res, status, body);
  });
});
afterAll(() => server.close());

function client(onRetry?: (e: Error, attempt: number) => void) {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server: server.url, skipTLSVerify: true }],
    users: [{ name: 'u', token: 'tok-123456' }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  return new HttpKubeClient({ config: kc }, { attempts: 4, baseDelayMs: 10, maxDelayMs: 50, onRetry });
}

const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' } };

describe('HttpKubeClient against a scripted API server', () => {
  // client-node only lets plain http through with skipTLSVerify (this is a 127.0.0.1 test server).
  it('server-side apply: PATCH apply-patch+yaml with fieldManager, force and dryRun=All, bearer token', async () => {
    seen.length = 0;
    answers.push([200, deployment]);
    await client().apply(deployment, { fieldManager: 'deploy-kit', force: true, dryRun: true });
    const req = seen.find((r) => r.method === 'PATCH')!;
    expect(req.url).toBe('/apis/apps/v1/namespaces/shop/deployments/web?fieldManager=deploy-kit&force=true&dryRun=All');
    expect(req.type).toBe('application/apply-patch+yaml');
    expect(req.auth).toBe('Bearer tok-123456');
    expect(JSON.parse(req.body)).toEqual(deployment);
  });

  it('retries 429 and 5xx with backoff, then succeeds', async () => {
    answers.push(
      [429, { reason: 'TooManyRequests', message: 'slow down' }],
      [500, { message: 'etcd hiccup' }],
      [503, {}],
      [200, deployment],
    );
    const retries: number[] = [];
    const got = await client((_e, attempt) => retries.push(attempt)).get({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'shop',
    });
    expect(got?.metadata.name).toBe('web');
    expect(retries).toEqual([1, 2, 3]);
  });

  it('does not retry 4xx; carries reason and field causes; 404 on get is undefined', async () => {
    answers.push([
      422,
      {
        reason: 'Invalid',
        message: 'Deployment "web" is invalid',
        details: { causes: [{ field: 'spec.replicas', message: 'must be >= 0' }] },
      },
    ]);
    const error = await client()
      .apply(deployment, { fieldManager: 'm', force: false })
      .catch((e) => e as KubeApiError);
    expect(error).toBeInstanceOf(KubeApiError);
    expect(error).toMatchObject({
      status: 422,
      reason: 'Invalid',
      causes: [{ field: 'spec.replicas', message: 'must be >= 0' }],
    });
    answers.push([404, { reason: 'NotFound' }]);
    expect(
      await client().get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'gone', namespace: 'shop' }),
    ).toBeUndefined();
    expect(await client().resource('apps/v1', 'Scale')).toBeUndefined();
  });
});
