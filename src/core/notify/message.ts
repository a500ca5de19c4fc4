/**
 * The one release message every channel renders: what was released where, how it was judged,
 * and whether it was rolled back and why. Channels differ only in payload shape.
 */
export const RELEASE_STATUSES = ['started', 'succeeded', 'failed', 'rolled-back', 'cancelled'] as const;

/** cancelled: the run was cancelled or timed out; what ran before was restored when the record allowed it. */
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export interface ReleaseMessage {
  status: ReleaseStatus;
  version: string;
  environment: string;
  repository?: string;
  digest?: string;
  verdict?: string;
  score?: string;
  reason?: string;
  restoredVersion?: string;
  environmentUrl?: string;
  logUrl?: string;
}

export interface Fact {
  name: string;
  value: string;
}

const ICON: Record<ReleaseStatus, string> = {
  started: '🚀',
  succeeded: '✅',
  failed: '❌',
  'rolled-back': '↩️',
  cancelled: '⏹️',
};

export function titleOf(m: ReleaseMessage): string {
  const what = m.repository ? `${m.repository} ${m.version}` : m.version;
  switch (m.status) {
    case 'started':
      return `${ICON.started} Deploying ${what} to ${m.environment}`;
    case 'succeeded':
      return `${ICON.succeeded} ${what} deployed to ${m.environment}`;
    case 'failed':
      return `${ICON.failed} ${what} failed on ${m.environment}`;
    case 'rolled-back':
      return `${ICON['rolled-back']} ${what} rolled back on ${m.environment}${m.restoredVersion ? ` (${m.restoredVersion} restored)` : ''}`;
    case 'cancelled':
      return `${ICON.cancelled} ${what} cancelled on ${m.environment}${m.restoredVersion ? ` (${m.restoredVersion} restored)` : ''}`;
  }
}

/** Colour for channels that have one (Teams themeColor, adaptive card style). */
export function colorOf(status: ReleaseStatus): string {
  return { started: '0366D6', succeeded: '2EA44F', failed: 'D73A49', 'rolled-back': 'E36209', cancelled: '6A737D' }[
    status
  ];
}

/** The facts in a fixed order; empty ones are left out so a message never shows blank rows. */
export function factsOf(m: ReleaseMessage): Fact[] {
  const facts: Array<[string, string | undefined]> = [
    ['Version', m.version],
    ['Environment', m.environment],
    ['Status', m.status],
    ['Verdict', m.verdict],
    ['Score', m.score],
    ['Digest', m.digest],
    ['Reason', m.reason],
    ['Restored version', m.restoredVersion],
  ];
  return facts.filter((f): f is [string, string] => Boolean(f[1])).map(([name, value]) => ({ name, value }));
}

export function linksOf(m: ReleaseMessage): Fact[] {
  const links: Fact[] = [];
  if (m.environmentUrl) links.push({ name: 'Open environment', value: m.environmentUrl });
  if (m.logUrl) links.push({ name: 'View run', value: m.logUrl });
  return links;
}

/** Markdown body shared by DingTalk and WeCom (both render a Markdown subset). */
export function markdownOf(m: ReleaseMessage): string {
  const lines = [`### ${titleOf(m)}`, '', ...factsOf(m).map((f) => `- **${f.name}**: ${f.value}`)];
  const links = linksOf(m).map((l) => `[${l.name}](${l.value})`);
  if (links.length) lines.push('', links.join(' | '));
  return lines.join('\n');
}
