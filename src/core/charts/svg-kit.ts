/** Pieces both SVG renderers share: escaping, the palette, the frame and the empty state. */
export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Series colours, distinguishable for the common colour-vision deficiencies (Okabe-Ito). */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

export const STATE_COLOUR = { ok: '#1a7f37', warn: '#9a6700', failed: '#cf222e' } as const;

export const WIDTH = 720;

/** Fixed decimals keep the markup small and stable for a huge series. */
export const px = (value: number) => Number(value.toFixed(1));

/** The outer element: a static image (no script, no external reference) with its title for screen readers. */
export function frame(kind: string, title: string, height: number, body: string[]): string {
  const t = escapeXml(title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="dk-chart dk-${kind}" role="img" aria-label="${t}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui,sans-serif" font-size="11">`,
    `<title>${t}</title>`,
    `<text x="${WIDTH / 2}" y="16" text-anchor="middle" font-size="13" font-weight="600">${t}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}

export const emptySvg = (kind: string, title: string) =>
  frame(kind, title, 60, [`<text x="${WIDTH / 2}" y="42" text-anchor="middle" fill="#57606a">no data</text>`]);
