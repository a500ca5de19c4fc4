import { yScale } from './bound.js';
import type { XYChart } from './model.js';
import { tickLabel } from './scale.js';
import { emptySvg, escapeXml, frame, PALETTE, px, WIDTH } from './svg-kit.js';

const HEIGHT = 300;
const PLOT = { left: 56, right: WIDTH - 16, top: 44, bottom: HEIGHT - 44 };
const MAX_X_LABELS = 12;

function legend(chart: XYChart): string[] {
  let x = PLOT.left;
  return chart.series.map((s, i) => {
    const item = `<g class="legend"><rect x="${x}" y="26" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/><text x="${x + 14}" y="35">${escapeXml(s.name)}</text></g>`;
    x += 24 + s.name.length * 6.5;
    return item;
  });
}

function axes(chart: XYChart, y: (v: number) => number, xCenter: (i: number) => number): string[] {
  const scale = yScale(chart);
  const out = scale.ticks.map(
    (t) =>
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="#d0d7de"/><text x="${PLOT.left - 4}" y="${px(y(t)) + 4}" text-anchor="end">${tickLabel(t)}</text>`,
  );
  const every = Math.ceil(chart.categories.length / MAX_X_LABELS);
  chart.categories.forEach((c, i) => {
    if (i % every === 0)
      out.push(`<text x="${px(xCenter(i))}" y="${PLOT.bottom + 14}" text-anchor="middle">${escapeXml(c)}</text>`);
  });
  if (chart.xLabel)
    out.push(
      `<text x="${(PLOT.left + PLOT.right) / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escapeXml(chart.xLabel)}</text>`,
    );
  if (chart.yLabel)
    out.push(
      `<text transform="translate(12 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(chart.yLabel)}</text>`,
    );
  out.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#57606a"/>`);
  return out;
}

/** An x/y chart of lines and (grouped) bars on one value axis, as standalone SVG markup. */
export function xySvg(chart: XYChart): string {
  if (chart.categories.length === 0 || chart.series.length === 0) return emptySvg('xy', chart.title);
  const scale = yScale(chart);
  const n = chart.categories.length;
  const slot = (PLOT.right - PLOT.left) / n;
  const xCenter = (i: number) => PLOT.left + slot * (i + 0.5);
  const clamp = (v: number) => Math.min(scale.max, Math.max(scale.min, v));
  const y = (v: number) => PLOT.bottom - ((clamp(v) - scale.min) / (scale.max - scale.min)) * (PLOT.bottom - PLOT.top);
  const bars = chart.series.filter((s) => s.kind === 'bar');
  const barWidth = (slot * 0.8) / Math.max(1, bars.length);
  const marks = chart.series.map((s, i) => {
    const colour = PALETTE[i % PALETTE.length];
    if (s.kind === 'line') {
      const points = s.values.map((v, j) => `${px(xCenter(j))},${px(y(v))}`).join(' ');
      return `<polyline class="series" fill="none" stroke="${colour}" stroke-width="2" points="${points}"/>`;
    }
    const offset = bars.indexOf(s) * barWidth - slot * 0.4;
    const rects = s.values.map((v, j) => {
      const top = y(Math.max(v, scale.min));
      const base = y(Math.max(0, scale.min));
      return `<rect x="${px(xCenter(j) + offset)}" y="${px(Math.min(top, base))}" width="${px(barWidth)}" height="${px(Math.abs(base - top))}" fill="${colour}"><title>${escapeXml(`${chart.categories[j]}: ${v}`)}</title></rect>`;
    });
    return `<g class="series">${rects.join('')}</g>`;
  });
  return frame('xy', chart.title, HEIGHT, [...axes(chart, y, xCenter), ...marks, ...legend(chart)]);
}
