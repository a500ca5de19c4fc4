import type { RollbackItem } from '../../core/deploy/rollback/rollback.js';
import { table } from '../../shared/markdown.js';

/** `container=image` lines of one workload, or `-` when there are none. */
export const imagesText = (images: Record<string, string> | undefined) =>
  Object.entries(images ?? {})
    .map(([c, i]) => `${c}=${i}`)
    .join('\n') || '-';

/** A revision number, or `-` for none (a new workload). */
export const rev = (n: number | undefined | null) => (n ? String(n) : '-');

/** Rollback items as a table: the deploy summary (in-step rollback) and the rollback summary show the same rows. */
export function rollbackTable(items: RollbackItem[]): string {
  return table(
    ['object', 'action', 'revision', 'images', 'details'],
    items.map((i) => [
      i.key,
      i.action,
      `${rev(i.fromRevision)} -> ${rev(i.toRevision)}`,
      imagesText(i.images),
      i.message,
    ]),
  );
}
