import { isLongOutput, terminalValue } from '../shared/output-text.js';

/**
 * The lines a command ends with: `name=value` per output, big values replaced by what they are
 * (count and size), and where the full result is. Workflows still get every output in full.
 */
export function closingLines(outputs: Record<string, string>, summaryFile?: string): string {
  const long = Object.keys(outputs).filter((k) => isLongOutput(outputs[k]));
  const lines = Object.entries(outputs).map(([k, v]) => `${k}=${terminalValue(v)}`);
  if (long.length) lines.push(`(${long.join(', ')} shortened here; --json prints every output in full)`);
  if (summaryFile) lines.push(`summary: ${summaryFile}`);
  return lines.map((l) => `${l}\n`).join('');
}
