import { performance } from 'node:perf_hooks';
import { exchange } from './exchange.js';
import type { ProbeRequest, ProbeResult } from '../../core/http/types.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/**
 * The only request headers that follow a redirect to another origin. Every other header the user
 * gave (Authorization, Cookie, X-Api-Key, any header of the `headers` input or a spec) may be a
 * credential for the first origin, so it is dropped rather than guessed about by name.
 */
const CROSS_ORIGIN_SAFE_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'content-type',
  'pragma',
  'user-agent',
]);

function nextHop(req: ProbeRequest, from: URL, status: number, location: string) {
  const to = new URL(location, from);
  const becomesGet = status === 303 || ((status === 301 || status === 302) && req.method === 'POST');
  let headers = req.headers ?? {};
  if (to.origin !== from.origin) {
    headers = Object.fromEntries(
      Object.entries(headers).filter(([name]) => CROSS_ORIGIN_SAFE_HEADERS.has(name.toLowerCase())),
    );
  }
  return {
    to,
    request: { ...req, headers, method: becomesGet ? 'GET' : req.method, body: becomesGet ? undefined : req.body },
  };
}

/**
 * One HTTP(S) probe over node:http/https rather than fetch: a hard per-probe deadline, TLS
 * verification that can be skipped while the certificate is still read, manual redirects (so
 * credentials are dropped across origins and every hop is recorded) and errors classified the
 * way an operator reads them. Never throws: failures come back as `{ ok: false, error }`.
 */
export async function probe(request: ProbeRequest): Promise<ProbeResult> {
  const started = performance.now();
  const deadline = started + request.timeoutMs;
  const maxRedirects = request.maxRedirects ?? 10;
  const redirects: string[] = [];
  let current = request;
  let url = new URL(request.url);
  for (;;) {
    const remaining = Math.max(1, Math.round(deadline - performance.now()));
    const hop = await exchange(current, url, remaining);
    const totalMs = Math.round((performance.now() - started) * 100) / 100;
    if (!hop.ok) {
      const message =
        hop.error.kind === 'timeout'
          ? hop.error.message.replace(/after \d+ms/, `after ${request.timeoutMs}ms`)
          : hop.error.message;
      return { ok: false, error: { ...hop.error, message }, timings: { ...hop.timings, totalMs }, redirects };
    }
    const { response } = hop;
    const location = response.headers.location;
    if (!request.followRedirects || !REDIRECT_STATUSES.has(response.status) || !location) {
      return { ok: true, response: { ...response, redirects, timings: { ...response.timings, totalMs } } };
    }
    if (redirects.length >= maxRedirects) {
      const error = {
        kind: 'too-many-redirects' as const,
        message: `more than ${maxRedirects} redirects (last: ${url.toString()})`,
      };
      return { ok: false, error, timings: { totalMs }, redirects };
    }
    const next = nextHop(current, url, response.status, location);
    url = next.to;
    current = next.request;
    redirects.push(url.toString());
  }
}
