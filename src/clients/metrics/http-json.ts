import { readFile } from 'node:fs/promises';
import { Agent, request } from 'undici';
import { ConfigError, describeError } from '../../shared/errors.js';

/** How to reach a metric backend: auth, extra headers and a private CA, shared by prometheus and web. */
export interface HttpSourceOptions {
  token?: string;
  username?: string;
  password?: string;
  headers?: Record<string, string>;
  /** PEM file of the CA that signed the server's certificate. */
  caFile?: string;
  timeoutMs: number;
}

export interface JsonAnswer {
  status: number;
  body: unknown;
  /** The raw text, for an error message when the body is not JSON. */
  text: string;
}

export type JsonGetter = (url: string) => Promise<JsonAnswer>;

function authHeaders(o: HttpSourceOptions): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json', ...o.headers };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  else if (o.username)
    headers.authorization = `Basic ${Buffer.from(`${o.username}:${o.password ?? ''}`).toString('base64')}`;
  return headers;
}

async function dispatcherFor(o: HttpSourceOptions): Promise<Agent> {
  if (!o.caFile) return new Agent({ connect: { timeout: o.timeoutMs } });
  let ca: string;
  try {
    ca = await readFile(o.caFile, 'utf8');
  } catch (error) {
    throw ConfigError.single('ca-file', `cannot read '${o.caFile}': ${describeError(error)}`);
  }
  return new Agent({ connect: { timeout: o.timeoutMs, ca } });
}

/** What went wrong reaching a server, in words (undici wraps the socket error in `cause`). */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: NodeJS.ErrnoException }).cause;
  const code = cause?.code ?? (error as NodeJS.ErrnoException).code;
  const message = cause?.message ?? describeError(error);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}

/**
 * A JSON GET client with the source's auth. `input` names the action input that holds the
 * server's address, so an unreachable server is reported against it.
 */
export async function createJsonGetter(
  o: HttpSourceOptions,
  input: string,
): Promise<{ get: JsonGetter; close(): Promise<void> }> {
  const dispatcher = await dispatcherFor(o);
  const headers = authHeaders(o);
  const get: JsonGetter = async (url) => {
    let answer;
    try {
      answer = await request(url, { dispatcher, headers, headersTimeout: o.timeoutMs, bodyTimeout: o.timeoutMs });
    } catch (error) {
      throw ConfigError.single(
        input,
        `cannot reach ${new URL(url).origin}: ${networkReason(error)}; check the address and that the server is up`,
      );
    }
    const text = await answer.body.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: answer.statusCode, body, text };
  };
  return { get, close: () => dispatcher.close() };
}
