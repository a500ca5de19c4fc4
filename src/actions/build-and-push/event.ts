import { readFile } from 'node:fs/promises';
import { eventContextFromEnv, type EventContext } from '../../core/version/event.js';

/**
 * Reads the workflow event the way the runner provides it: GITHUB_* variables plus the JSON
 * payload at GITHUB_EVENT_PATH. A missing or unreadable payload leaves an empty one (and a
 * reason), so local runs without a payload still work from the variables alone.
 */
export async function readEventContext(
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ event: EventContext; warning?: string }> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { event: eventContextFromEnv(env) };
  try {
    const payload = JSON.parse(await readFile(path, 'utf8')) as unknown;
    const object =
      payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
    return { event: eventContextFromEnv(env, object) };
  } catch (error) {
    return {
      event: eventContextFromEnv(env),
      warning: `could not read the event payload at ${path}: ${(error as Error).message}`,
    };
  }
}
