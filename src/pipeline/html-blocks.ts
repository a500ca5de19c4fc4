import { parseMermaid } from '../core/charts/parse.js';
import { toSvg } from '../core/charts/svg.js';

/**
 * The parts of the HTML report that Markdown alone cannot carry offline: charts drawn as inline
 * SVG (no Mermaid runtime, no network, no script) and status marks as coloured text badges,
 * which read the same without an emoji font.
 */

/** A Mermaid block of a summary as SVG; a diagram the chart model does not draw stays folded away. */
export function mermaidBlockHtml(source: string, escapeHtml: (text: string) => string): string {
  const chart = parseMermaid(source);
  if (chart) return `<figure class="chart">${toSvg(chart)}</figure>`;
  return `<details class="diagram-source"><summary>diagram (Mermaid source)</summary><pre><code>${escapeHtml(source)}</code></pre></details>`;
}

type Tone = 'ok' | 'warn' | 'bad' | 'skip';

/** What a status emoji means when no status word follows it. */
const EMOJI: Record<string, [Tone, string]> = {
  '✅': ['ok', 'pass'],
  '❌': ['bad', 'fail'],
  '⛔': ['bad', 'config error'],
  '💥': ['bad', 'error'],
  '⚠️': ['warn', 'warn'],
  '⏭️': ['skip', 'skipped'],
  '↩️': ['warn', 'rolled back'],
};

const WORDS: Record<string, Tone> = {
  pass: 'ok',
  passed: 'ok',
  succeeded: 'ok',
  healthy: 'ok',
  ready: 'ok',
  warn: 'warn',
  marginal: 'warn',
  'rolled back': 'warn',
  'rolled-back': 'warn',
  fail: 'bad',
  failed: 'bad',
  error: 'bad',
  'config-error': 'bad',
  skip: 'skip',
  skipped: 'skip',
};

const EMOJI_PATTERN = /(✅|❌|⛔|💥|⚠️?|⏭️?|↩️?)\uFE0F?(?:\s*(rolled[ -]back|[a-z][a-z-]*))?/gu;

const badge = (tone: Tone, text: string) => `<span class="badge ${tone}">${text}</span>`;

/** Replaces each status emoji (and the status word after it) with a text badge; other words stay as they are. */
export function statusBadges(html: string): string {
  return html.replace(EMOJI_PATTERN, (_match, emoji: string, word: string | undefined) => {
    const [tone, meaning] = EMOJI[emoji.endsWith('\uFE0F') ? emoji : `${emoji}\uFE0F`] ?? EMOJI[emoji];
    if (word && WORDS[word]) return badge(WORDS[word], word);
    return `${badge(tone, meaning)}${word ? ` ${word}` : ''}`;
  });
}

/** Styles of the badges and charts (part of the page's one inline style sheet). */
export const BLOCK_CSS =
  '.badge{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;font-weight:600;line-height:18px;color:#fff}' +
  '.badge.ok{background:#1a7f37}.badge.warn{background:#9a6700}.badge.bad{background:#cf222e}.badge.skip{background:#6e7781}' +
  'figure.chart{margin:.75em 0;overflow-x:auto}figure.chart svg{max-width:100%;height:auto;background:#fff}';
