import { codeBlock, details, heading, table } from '../../shared/markdown.js';
import type { BuildAndPushResult } from './result.js';

/** 1536 -> "1.5 KiB": sizes are read by people. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'unknown';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Job summary: image, tags (with the rule behind each), digest, size, build time, labels. */
export function renderSummary(r: BuildAndPushResult): string {
  const v = r.plan.version;
  const overview = table(
    ['', ''],
    [
      ['Image', r.plan.images.join(', ')],
      ['Version', `${v.version} (${v.source}${v.prerelease ? ', prerelease' : ''})`],
      ['Digest', r.pushed ? r.digest : `${r.digest} (local image, not pushed)`],
      ['Deploy with', r.imageRef || 'not pushed'],
      ['Size', r.pushed ? `${formatBytes(r.sizeBytes)} compressed` : 'not pushed'],
      ['Build time', seconds(r.buildMs)],
      ['Push time', r.pushed ? seconds(r.pushMs) : 'not pushed'],
      ['Builder', r.builder],
    ],
  );
  const tags = table(
    ['Tag', 'Rule', 'Priority'],
    r.plan.tags.map((t) => [t.tag, t.rule, t.priority]),
  );
  const labels = codeBlock(
    Object.entries(r.plan.labels)
      .map(([k, val]) => `${k}=${val}`)
      .join('\n'),
  );
  return `${heading(`build-and-push: ${r.pushed ? 'pushed' : 'built'} ${r.plan.images[0]}`)}${overview}\n${heading('Tags', 3)}${tags}\n${details('Labels', labels)}`;
}
