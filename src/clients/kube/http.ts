import type { KubeConfig } from '@kubernetes/client-node';
import * as http from 'node:http';
import * as https from 'node:https';
import { KubeApiError, isRetryable } from '../../core/kube/errors.js';
import { maskEachLine } from './config.js';

/** One API request; `what` names the object for error messages. */
export interface KubeRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  /** What the request is about, for error messages (`apply deployment/web`). */
  what?: string;
}

/** How transient API failures (429, 5xx, connection) are retried. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Called before each retry, so the log says why the step is slower than usual. */
  onRetry?(error: Error, attempt: number, delayMs: number): void;
}

/** About 6 s of retrying in total: enough for a control-plane hiccup, short of hiding an outage. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 200, maxDelayMs: 5000 };

/** A promise timer (the watch loop and retries wait with it). */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function buildUrl(server: string, path: string, query: KubeRequest['query']): URL {
  const url = new URL(server.replace(/\/$/, '') + path);
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) url.searchParams.set(key, String(value));
  return url;
}

/** The TLS settings client-node derives from the kubeconfig, as options of our own agent. */
const TLS_KEYS = ['ca', 'cert', 'key', 'pfx', 'passphrase', 'rejectUnauthorized', 'servername'] as const;

/**
 * Raw HTTP over the credentials and TLS settings client-node derives from the kubeconfig. One
 * keep-alive agent per client: client-node's own agent closes every connection, which made each
 * request pay a TLS handshake.
 */
export class KubeHttp {
  private readonly masked = new Set<string>();
  private agent?: http.Agent;

  constructor(
    private readonly config: KubeConfig,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    private readonly secret: (value: string) => void = () => undefined,
  ) {}

  /**
   * Credentials and TLS options for one request. An exec plugin (EKS, GKE, AKS kubeconfigs) runs
   * here on first use and again when its credential expires: whatever it returned is masked
   * before anything could print it, and its failure names the plugin rather than a stack.
   */
  private async authenticate(opts: https.RequestOptions): Promise<void> {
    try {
      await this.config.applyToHTTPSOptions(opts);
    } catch (error) {
      const user = this.config.getCurrentUser();
      const command = (user?.exec as { command?: string } | undefined)?.command;
      const plugin = command ? ` (exec plugin '${command}')` : '';
      const reason = (error as Error).message.trim().split('\n')[0] || (error as Error).name;
      throw new KubeApiError(401, 'Unauthorized', `kubeconfig user '${user?.name ?? '?'}'${plugin}: ${reason}`);
    }
    const authorization = (opts.headers as Record<string, string> | undefined)?.Authorization ?? '';
    const pem = (value: unknown) => (typeof value === 'string' || Buffer.isBuffer(value) ? value.toString() : '');
    const credentials = [authorization.replace(/^\S+\s+/, ''), pem(opts.cert), pem(opts.key)];
    for (const value of credentials.filter((v) => v && !this.masked.has(v))) {
      this.masked.add(value);
      maskEachLine(value, this.secret);
    }
  }

  get server(): string {
    return this.config.getCurrentCluster()?.server ?? '';
  }

  /** Opens a request and resolves with the response stream (used directly by watches). */
  async open(req: KubeRequest, signal?: AbortSignal): Promise<{ response: http.IncomingMessage; url: URL }> {
    const url = buildUrl(this.server, req.path, req.query);
    const opts: https.RequestOptions = { method: req.method, headers: {} };
    await this.authenticate(opts);
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string>), Accept: 'application/json' };
    const payload =
      req.body === undefined ? undefined : typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    if (payload !== undefined) headers['Content-Type'] = req.contentType ?? 'application/json';
    const transport = url.protocol === 'https:' ? https : http;
    const options = { ...opts, headers, signal, agent: this.keepAlive(url, opts) };
    return new Promise((resolve, reject) => {
      const request = transport.request(url, options, (response) => resolve({ response, url }));
      request.on('error', (error) =>
        reject(new KubeApiError(0, 'ConnectionFailed', `${req.what ?? req.path}: ${error.message}`)),
      );
      request.end(payload);
    });
  }

  private keepAlive(url: URL, opts: https.RequestOptions): http.Agent {
    if (this.agent) return this.agent;
    const tls = Object.fromEntries(TLS_KEYS.filter((k) => opts[k] !== undefined).map((k) => [k, opts[k]]));
    const settings = { keepAlive: true }; // no socket cap: every watch holds one for its lifetime
    this.agent = url.protocol === 'https:' ? new https.Agent({ ...tls, ...settings }) : new http.Agent(settings);
    return this.agent;
  }

  /** Closes the idle keep-alive connections, so a finished step's process can exit at once. */
  close(): void {
    this.agent?.destroy();
  }

  /** One request, no retries; non-2xx becomes a KubeApiError carrying the server's Status. */
  async once<T>(req: KubeRequest): Promise<T> {
    const { response } = await this.open(req);
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) return body as T;
    throw KubeApiError.fromBody(status, body, req.what ?? `${req.method} ${req.path}`);
  }

  /** A request retried with exponential backoff (honouring Retry-After scale) on 429, 5xx and connection failures. */
  async request<T>(req: KubeRequest): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once<T>(req);
      } catch (error) {
        if (!isRetryable(error) || attempt >= this.retry.attempts) throw error;
        const delay =
          Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);
        this.retry.onRetry?.(error as Error, attempt, Math.round(delay));
        await sleep(delay);
      }
    }
  }
}
