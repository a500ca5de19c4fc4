import { createHmac } from 'node:crypto';
import { payloadFor, type ChannelKind, type TeamsFormat } from './payloads.js';
import type { ReleaseMessage } from './message.js';

export interface Channel {
  kind: ChannelKind;
  /** Secret: the webhook URL carries the credential (Slack, Teams, WeCom key, DingTalk access_token). */
  url: string;
  /** DingTalk "sign" security setting (SEC...); the request is signed with it. */
  signingSecret?: string;
}

export interface DeliveryResult {
  kind: ChannelKind;
  ok: boolean;
  status?: number;
  /** Why it failed, with every secret scrubbed; safe to log. */
  error?: string;
  attempts: number;
  elapsedMs: number;
}

export interface SendOptions {
  timeoutMs: number;
  teamsFormat?: TeamsFormat;
  /** Attempts for network errors, 429 and 5xx (one retry by default). */
  attempts?: number;
  retryDelayMs?: number;
  now?: () => number;
}

/** DingTalk's signature: HMAC-SHA256 over "timestamp\nsecret", base64, as URL parameters. */
export function signDingTalkUrl(url: string, secret: string, timestamp: number): string {
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const signed = new URL(url);
  signed.searchParams.set('timestamp', String(timestamp));
  signed.searchParams.set('sign', sign);
  return signed.toString();
}

/** Removes the URL, its query values and path tail, and the signing secret from a message. */
export function scrub(text: string, channel: Channel): string {
  const secrets = [channel.url, channel.signingSecret ?? ''];
  try {
    const url = new URL(channel.url);
    secrets.push(...[...url.searchParams.values()], url.pathname, url.href);
  } catch {
    // not a URL: the raw value is already listed
  }
  let clean = text;
  for (const s of secrets.filter((v) => v.length >= 4).sort((a, b) => b.length - a.length))
    clean = clean.split(s).join('***');
  return clean;
}

/** DingTalk and WeCom answer HTTP 200 with {errcode, errmsg}; a non-zero errcode is a failure. */
function robotError(kind: ChannelKind, body: string): string | undefined {
  if (kind !== 'dingtalk' && kind !== 'wecom') return undefined;
  try {
    const parsed = JSON.parse(body) as { errcode?: number; errmsg?: string };
    return parsed.errcode && parsed.errcode !== 0
      ? `errcode ${parsed.errcode}: ${parsed.errmsg ?? ''}`.trim()
      : undefined;
  } catch {
    return undefined;
  }
}

async function attempt(
  channel: Channel,
  body: string,
  options: SendOptions,
): Promise<{ status?: number; error?: string; retry: boolean }> {
  const url =
    channel.kind === 'dingtalk' && channel.signingSecret
      ? signDingTalkUrl(channel.url, channel.signingSecret, (options.now ?? Date.now)())
      : channel.url;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'deploy-kit-notify' },
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = (await response.text()).slice(0, 300);
    if (!response.ok)
      return {
        status: response.status,
        error: `HTTP ${response.status} ${text}`.trim(),
        retry: response.status === 429 || response.status >= 500,
      };
    const robot = robotError(channel.kind, text);
    return { status: response.status, error: robot, retry: false };
  } catch (error) {
    const err = error as Error & { cause?: { code?: string } };
    const reason =
      err.name === 'TimeoutError' ? `no answer within ${options.timeoutMs}ms` : (err.cause?.code ?? err.message);
    return { error: reason, retry: true };
  }
}

/** Posts to one channel; never throws: a notification must not fail a release. */
export async function deliver(
  channel: Channel,
  message: ReleaseMessage,
  options: SendOptions,
): Promise<DeliveryResult> {
  const started = Date.now();
  const body = JSON.stringify(payloadFor(channel.kind, message, options.teamsFormat));
  const max = Math.max(1, options.attempts ?? 2);
  let last: Awaited<ReturnType<typeof attempt>> = { retry: false };
  let attempts = 0;
  while (attempts < max) {
    attempts++;
    last = await attempt(channel, body, options);
    if (!last.error || !last.retry) break;
    if (attempts < max) await new Promise((r) => setTimeout(r, options.retryDelayMs ?? 500));
  }
  const error = last.error ? scrub(last.error.replace(/\s+/g, ' '), channel) : undefined;
  return { kind: channel.kind, ok: !error, status: last.status, error, attempts, elapsedMs: Date.now() - started };
}

/** Delivers to every channel in parallel. */
export async function deliverAll(
  channels: Channel[],
  message: ReleaseMessage,
  options: SendOptions,
): Promise<DeliveryResult[]> {
  return Promise.all(channels.map((c) => deliver(c, message, options)));
}
