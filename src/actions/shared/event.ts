import { readFile } from 'node:fs/promises';
import { eventContextFromEnv, type EventContext } from '../../core/version/event.js';

/**
 * The one reader of the webhook payload at GITHUB_EVENT_PATH (build-and-push, quality-score and
 * the CLI's version/tags commands share it). A missing path gives an empty payload; an unreadable
 * or non-object one gives an empty payload and the reason, so local runs still work from the
 * GITHUB_* variables alone.
 */
export async function readEventPayload(
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ payload: Record<string, unknown>; warning?: string }> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { payload: {} };
  try {
    const payload = JSON.parse(await readFile(path, 'utf8')) as unknown;
    if (payload && typeof payload === 'object' && !Array.isArray(payload))
      return { payload: payload as Record<string, unknown> };
    return { payload: {}, warning: `the event payload at ${path} is not a JSON object` };
  } catch (error) {
    return { payload: {}, warning: `could not read the event payload at ${path}: ${(error as Error).message}` };
  }
}

/** The workflow event the way the runner provides it: GITHUB_* variables plus the payload. */
export async function readEventContext(
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ event: EventContext; warning?: string }> {
  const { payload, warning } = await readEventPayload(env);
  return { event: eventContextFromEnv(env, payload), warning };
}
