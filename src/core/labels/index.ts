import { stringAt, type EventContext } from '../version/event.js';
import type { ResolvedVersion } from '../version/resolve.js';

/** The org.opencontainers.image.* annotation keys deploy-kit fills from the event. */
export const OCI = {
  title: 'org.opencontainers.image.title',
  description: 'org.opencontainers.image.description',
  url: 'org.opencontainers.image.url',
  source: 'org.opencontainers.image.source',
  version: 'org.opencontainers.image.version',
  created: 'org.opencontainers.image.created',
  revision: 'org.opencontainers.image.revision',
  licenses: 'org.opencontainers.image.licenses',
} as const;

export interface LabelContext {
  event: EventContext;
  version: ResolvedVersion;
  /** Injected clock: the `created` label. */
  now: Date;
}

/**
 * Standard OCI labels from the repository and the resolved version, then the user's labels on
 * top (a user label with the same key wins, so a caller can correct any generated value).
 * Empty generated values are left out rather than written as empty labels.
 */
export function buildLabels(ctx: LabelContext, user: [string, string][] = []): Record<string, string> {
  const { payload } = ctx.event;
  const repoUrl =
    stringAt(payload, 'repository', 'html_url') ??
    (ctx.event.repository
      ? `${(ctx.event.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${ctx.event.repository}`
      : undefined);
  const generated: Record<string, string | undefined> = {
    [OCI.title]: stringAt(payload, 'repository', 'name') ?? ctx.event.repository?.split('/')[1],
    [OCI.description]: stringAt(payload, 'repository', 'description'),
    [OCI.url]: repoUrl,
    [OCI.source]: repoUrl,
    [OCI.version]: ctx.version.version,
    [OCI.created]: ctx.now.toISOString(),
    [OCI.revision]: ctx.event.sha || undefined,
    [OCI.licenses]: stringAt(payload, 'repository', 'license', 'spdx_id'),
  };
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(generated)) if (value) labels[key] = value;
  for (const [key, value] of user) labels[key] = value;
  return labels;
}

/** `key=value` lines: the format of the `labels` input and output, and of `--label` flags. */
export function formatLabels(labels: Record<string, string>): string[] {
  return Object.entries(labels).map(([key, value]) => `${key}=${value}`);
}
