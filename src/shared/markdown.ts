/** GitHub rejects a job summary over 1 MiB; stay well under it and say so when cut. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
export const TRUNCATION_MARKER = '\n\n> **Summary truncated**: the full result is in the report file.\n';

/** Escapes text for a Markdown table cell (pipes, newlines) and HTML-ish angle brackets. */
export function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}

export function table(headers: string[], rows: unknown[][]): string {
  const head = `| ${headers.map(cell).join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
  return [head, rule, ...body].join('\n') + '\n';
}

export function heading(text: string, level = 2): string {
  return `${'#'.repeat(level)} ${text}\n\n`;
}

export function details(summaryText: string, body: string): string {
  return `<details><summary>${cell(summaryText)}</summary>\n\n${body}\n</details>\n`;
}

export function codeBlock(text: string, language = ''): string {
  const fence = text.includes('```') ? '````' : '```';
  return `${fence}${language}\n${text}\n${fence}\n`;
}

/** Verdict emoji used in every summary so a reader scans one column. */
export function verdictIcon(verdict: 'pass' | 'warn' | 'fail' | 'skip' | string): string {
  return { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' }[verdict] ?? '•';
}

/** Caps Markdown under the summary limit, cutting at a line boundary and adding a marker. */
export function capSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const budget = limit - Buffer.byteLength(TRUNCATION_MARKER);
  let cut = Buffer.from(markdown).subarray(0, budget).toString('utf8');
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  return cut + TRUNCATION_MARKER;
}
