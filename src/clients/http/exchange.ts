import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { performance } from 'node:perf_hooks';
import { classifyError } from '../../core/http/classify.js';
import type {
  ProbeError,
  ProbeRequest,
  ProbeResponse,
  ProbeTimings,
  TlsCertificateInfo,
} from '../../core/http/types.js';

const DAY_MS = 86_400_000;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** One hop: a single request/response on a fresh connection (no keep-alive, so timings and TLS are real). */
export type HopResult =
  { ok: true; response: Omit<ProbeResponse, 'redirects'> } | { ok: false; error: ProbeError; timings: ProbeTimings };

function certificateOf(socket: TLSSocket, now: number): TlsCertificateInfo | undefined {
  const cert = socket.getPeerCertificate();
  if (!cert || !cert.valid_to) return undefined;
  const expires = Date.parse(cert.valid_to);
  const authError = socket.authorizationError as unknown as Error | string | undefined;
  return {
    subject: [cert.subject?.CN].flat()[0],
    issuer: [cert.issuer?.CN].flat()[0],
    validTo: new Date(expires).toISOString(),
    daysRemaining: Math.floor((expires - now) / DAY_MS),
    authorized: socket.authorized,
    authorizationError: authError ? String((authError as Error).message ?? authError) : undefined,
  };
}

function flattenHeaders(res: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function timeoutError(ms: number): NodeJS.ErrnoException {
  return Object.assign(new Error(`no complete response within ${ms}ms`), { code: 'DK_TIMEOUT' });
}

/** Reads the body up to `maxBody` bytes; past that it stops reading (an endless stream ends here). */
function collectBody(res: IncomingMessage, maxBody: number): Promise<{ body: string; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (truncated: boolean) => resolve({ body: Buffer.concat(chunks).toString('utf8'), truncated });
    res.on('data', (chunk: Buffer) => {
      const part = chunk.subarray(0, maxBody - size);
      chunks.push(part);
      size += part.length;
      if (chunk.length > part.length) {
        done(true);
        res.destroy();
      }
    });
    res.on('error', reject);
    res.on('end', () => done(false));
  });
}

function failure(error: unknown, target: string, timeoutMs: number, timings: ProbeTimings): HopResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'DK_TIMEOUT')
    return {
      ok: false,
      error: { kind: 'timeout', code, message: `timed out after ${timeoutMs}ms (${target})` },
      timings,
    };
  if (code === 'DK_ABORTED')
    return { ok: false, error: { kind: 'aborted', code, message: `aborted (${target})` }, timings };
  return { ok: false, error: classifyError(error, target), timings };
}

/** Sends one request and reads the answer, with a hard deadline covering connect, TLS, headers and body. */
export function exchange(req: ProbeRequest, url: URL, timeoutMs: number): Promise<HopResult> {
  const started = performance.now();
  const timings: ProbeTimings = { totalMs: 0 };
  const since = () => Math.round((performance.now() - started) * 100) / 100;
  let tls: TlsCertificateInfo | undefined;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const outgoing = send(url, {
    method: req.method,
    headers: { 'user-agent': 'deploy-kit', ...req.headers },
    agent: false,
    lookup: req.lookup,
    rejectUnauthorized: !req.insecure,
  });
  const timer = setTimeout(() => outgoing.destroy(timeoutError(timeoutMs)), timeoutMs);
  const onAbort = () => outgoing.destroy(Object.assign(new Error('aborted'), { code: 'DK_ABORTED' }));
  req.signal?.addEventListener('abort', onAbort, { once: true });
  outgoing.on('socket', (socket) => {
    socket.once('lookup', () => (timings.dnsMs = since()));
    socket.once('connect', () => (timings.connectMs = since()));
    socket.once('secureConnect', () => {
      timings.tlsMs = since();
      tls = certificateOf(socket as TLSSocket, (req.now ?? Date.now)());
    });
  });
  const answered = new Promise<HopResult>((resolve, reject) => {
    outgoing.on('error', reject);
    outgoing.on('response', (res) => {
      timings.firstByteMs = since();
      collectBody(res, req.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES).then(({ body, truncated }) => {
        const response = {
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers: flattenHeaders(res),
          body,
          bodyTruncated: truncated,
        };
        resolve({ ok: true, response: { ...response, url: url.toString(), timings, tls } });
      }, reject);
    });
  });
  if (req.body !== undefined) outgoing.write(req.body);
  outgoing.end();
  return answered
    .catch((error: unknown) => failure(error, url.host, timeoutMs, timings))
    .finally(() => {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      timings.totalMs = since();
      outgoing.destroy();
    });
}
