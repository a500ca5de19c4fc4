import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { ApiError, asApiError, badRequest, conflict } from './api-error.js';
import type { Api } from './api.js';
import { coreVersions, groupInfo, groupList, resourceList, versionInfo } from './discovery.js';
import type { FaultState } from './faults.js';
import { handleResource } from './handlers.js';
import { openapiV3Doc, openapiV3Index } from './openapi.js';
import { decodeProtobuf } from './protobuf.js';
import { findResource } from './resources.js';
import type { Reply } from './types.js';
import type { WatchHub } from './watch.js';

/** The API server's request size limit (3 MiB, as kube-apiserver's for JSON bodies). */
export const MAX_BODY = 3 * 1024 * 1024;
const PUBLIC = new Set(['/healthz', '/livez', '/readyz', '/version']);

/** What the request listener needs from the simulator. */
export interface ServerDeps {
  api: Api;
  hub: WatchHub;
  faults: FaultState;
  token: string;
  address: () => string;
  podLogs?: (namespace: string, name: string, container?: string) => string | undefined;
}

const notFoundPath = () => new ApiError(404, 'NotFound', 'the server could not find the requested resource', {});

function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent) return void res.end();
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  const headers: Record<string, string> = {
    'Content-Type': reply.contentType ?? 'application/json',
    'Cache-Control': 'no-cache, private',
  };
  if (reply.code === 429) headers['Retry-After'] = '1';
  res.writeHead(reply.code, headers);
  res.end(text);
}

const errorReply = (err: unknown): Reply => {
  const e = asApiError(err);
  return { code: e.code, body: e.toStatus() };
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY)
      throw new ApiError(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${MAX_BODY}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parser(raw: Buffer, contentType: string): () => unknown {
  let cached: { value: unknown } | undefined;
  return () => {
    if (cached) return cached.value;
    if (contentType === 'application/vnd.kubernetes.protobuf') return (cached = { value: decodeProtobuf(raw) }).value;
    const text = raw.toString('utf8');
    if (!text.trim()) throw badRequest('the body of the request is empty; an object is required');
    try {
      const value = /yaml/.test(contentType) ? parseYaml(text, { maxAliasCount: 50 }) : JSON.parse(text);
      cached = { value };
      return value;
    } catch (err) {
      throw badRequest(
        `error decoding ${/yaml/.test(contentType) ? 'YAML' : 'JSON'}: ${(err as Error).message.split('\n')[0]}`,
      );
    }
  };
}

function authorized(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

function staticRoute(path: string, deps: ServerDeps): Reply | undefined {
  const segs = path.split('/').filter(Boolean);
  if (PUBLIC.has(path))
    return path === '/version'
      ? { code: 200, body: versionInfo() }
      : { code: 200, body: 'ok', contentType: 'text/plain' };
  if (path === '/api') return { code: 200, body: coreVersions(deps.address()) };
  if (path === '/apis') return { code: 200, body: groupList() };
  if (path === '/api/v1') return { code: 200, body: resourceList('', 'v1') };
  if (segs[0] === 'apis' && segs.length === 2) {
    const g = groupInfo(segs[1]);
    return g ? { code: 200, body: g } : undefined;
  }
  if (segs[0] === 'apis' && segs.length === 3) {
    const l = resourceList(segs[1], segs[2]);
    return l ? { code: 200, body: l } : undefined;
  }
  if (path === '/openapi/v3') return { code: 200, body: openapiV3Index() };
  if (path.startsWith('/openapi/v3/')) {
    const gv = path.slice('/openapi/v3/'.length).replace(/^apis?\//, '');
    const doc = openapiV3Doc(gv);
    return doc ? { code: 200, body: doc } : undefined;
  }
  return undefined;
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ServerDeps,
  url: URL,
): Promise<Reply | undefined> {
  const fixed = staticRoute(url.pathname, deps);
  if (fixed) return fixed;
  let segs: string[];
  try {
    segs = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    throw badRequest(`malformed path: ${url.pathname.slice(0, 200)}`);
  }
  let group = '',
    version: string,
    rest: string[];
  if (segs[0] === 'api' && segs[1] === 'v1') [version, rest] = ['v1', segs.slice(2)];
  else if (segs[0] === 'apis' && segs.length >= 4) [group, version, rest] = [segs[1], segs[2], segs.slice(3)];
  else throw notFoundPath();
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3 && findResource(group, version, rest[2])?.namespaced)
    [namespace, rest] = [rest[1], rest.slice(2)];
  const resource = findResource(group, version, rest[0]);
  if (!resource || rest.length > 3) throw notFoundPath();
  const body = await readBody(req);
  const contentType = (req.headers['content-type'] ?? 'application/json').split(';')[0].trim();
  if (deps.faults.takeConflict(req.method ?? '') && rest[1]) throw conflict(resource, rest[1]);
  return handleResource(deps.api, deps.hub, {
    resource,
    namespace,
    name: rest[1],
    subresource: rest[2],
    method: req.method ?? 'GET',
    query: url.searchParams,
    contentType,
    body: parser(body, contentType),
    userAgent: String(req.headers['user-agent'] ?? ''),
    req,
    res,
    podLogs: deps.podLogs,
  });
}

/** The request listener: auth, injected faults, routing, and a Status object for every failure. */
export function createListener(deps: ServerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      let reply: Reply | undefined;
      try {
        const url = new URL(req.url ?? '/', 'http://sim');
        if (!PUBLIC.has(url.pathname) && !authorized(req, deps.token))
          throw new ApiError(401, 'Unauthorized', 'Unauthorized');
        if (deps.faults.latencyMs) await new Promise((r) => setTimeout(r, deps.faults.latencyMs));
        const injected = deps.faults.takeFailure(url.pathname);
        if (injected) {
          const reason = { 429: 'TooManyRequests', 500: 'InternalError', 503: 'ServiceUnavailable' }[injected];
          throw new ApiError(injected, reason, `injected fault: ${reason}`);
        }
        reply = await route(req, res, deps, url);
      } catch (err) {
        reply = errorReply(err);
      }
      if (reply) send(res, reply);
    })().catch(() => res.destroy());
  };
}
