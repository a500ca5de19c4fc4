import { heading, table } from '../../shared/markdown.js';
import { titleOf } from '../../core/notify/message.js';
import type { NotifyResult } from './result.js';

/** Job summary: the message title, one row per channel (never its URL), and the deployment record. */
export function renderSummary(result: NotifyResult): string {
  let md = heading(`Notify: ${titleOf(result.message)}`, 3);
  if (result.deliveries.length === 0) md += 'No webhook configured.\n\n';
  else {
    md += table(
      ['channel', 'delivered', 'HTTP', 'attempts', 'ms', 'problem'],
      result.deliveries.map((d) => [
        d.kind,
        d.ok ? '✅' : '⚠️',
        d.status ?? '',
        d.attempts,
        d.elapsedMs,
        d.error ?? '',
      ]),
    );
    md += '\n';
  }
  if (result.deployment)
    md += `GitHub Deployment #${result.deployment.deploymentId}: **${result.deployment.state}**${result.deployment.restoredDeploymentId ? `, restored version recorded as #${result.deployment.restoredDeploymentId}` : ''}\n`;
  if (result.deploymentError) md += `GitHub Deployment not recorded: ${result.deploymentError}\n`;
  return md;
}
