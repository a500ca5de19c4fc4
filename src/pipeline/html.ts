/**
 * A small Markdown-to-HTML renderer for the subset our summaries use (headings, tables, lists,
 * code fences, <details>, bold and code spans), so the pipeline's report opens in any browser
 * without a dependency. Mermaid charts become inline SVG and status emoji text badges (html-blocks.ts).
 */
import { BLOCK_CSS, mermaidBlockHtml, statusBadges } from './html-blocks.js';

const escape = (text: string) =>
  text.replace(/&(?!(?:[a-z]+|#\d+);)/g, '&amp;').replace(/<(?!\/?(?:br|details|summary)\b)/g, '&lt;');

function inline(text: string): string {
  return statusBadges(escape(text))
    .replace(/`([^`]+)`/g, (_m, code: string) => `<code>${code}</code>`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => inline(c.trim().replace(/\\\|/g, '|')));

function tableHtml(rows: string[]): string {
  const [head, , ...body] = rows;
  const th = cells(head)
    .map((c) => `<th>${c}</th>`)
    .join('');
  const trs = body
    .map(
      (r) =>
        `<tr>${cells(r)
          .map((c) => `<td>${c}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = line.match(/^(`{3,})(\w*)/);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith(fence[1]); i++) body.push(lines[i]);
      const code = (text: string) => escape(text).replace(/<(?=br|details|summary|\/)/g, '&lt;');
      out.push(
        fence[2] === 'mermaid'
          ? mermaidBlockHtml(body.join('\n'), code)
          : `<pre><code>${code(body.join('\n'))}</code></pre>`,
      );
    } else if (/^\|.*\|\s*$/.test(line) && /^\|\s*-{3}/.test(lines[i + 1] ?? '')) {
      const rows: string[] = [];
      for (; i < lines.length && /^\|/.test(lines[i]); i++) rows.push(lines[i]);
      i--;
      out.push(tableHtml(rows));
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ');
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
    } else if (/^\s*[-*] /.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && /^\s*[-*] /.test(lines[i]); i++)
        items.push(`<li>${inline(lines[i].replace(/^\s*[-*] /, ''))}</li>`);
      i--;
      out.push(`<ul>${items.join('')}</ul>`);
    } else if (/^\s*<\/?(details|summary)/.test(line)) {
      out.push(statusBadges(line));
    } else if (line.trim().startsWith('>')) {
      out.push(`<blockquote>${inline(line.replace(/^\s*>\s?/, ''))}</blockquote>`);
    } else if (line.trim()) {
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  return out.join('\n');
}

/** A complete, self-contained HTML page around the rendered Markdown. */
export function htmlPage(title: string, markdown: string): string {
  const css =
    'body{font:14px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1f2328}' +
    'table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}' +
    'th{background:#f6f8fa}code,pre{background:#f6f8fa;border-radius:4px}pre{padding:8px;overflow:auto}details{margin:.5em 0}summary{cursor:pointer;font-weight:600}' +
    BLOCK_CSS;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${css}</style></head>\n<body>\n${markdownToHtml(markdown)}\n</body></html>\n`;
}
