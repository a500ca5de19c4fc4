import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScoreResult } from './model.js';

const COLORS: Record<ScoreResult['grade'], { name: string; hex: string }> = {
  A: { name: 'brightgreen', hex: '#4c1' },
  B: { name: 'green', hex: '#97ca00' },
  C: { name: 'yellow', hex: '#dfb317' },
  D: { name: 'orange', hex: '#fe7d37' },
  F: { name: 'red', hex: '#e05d44' },
};

/** shields.io endpoint JSON (https://shields.io/badges/endpoint-badge): host it and point shields at it. */
export function badgeEndpoint(result: ScoreResult, label = 'quality'): Record<string, unknown> {
  const color = result.passed ? COLORS[result.grade].name : 'red';
  return { schemaVersion: 1, label, message: `${result.score} (${result.grade})`, color };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Verdana 11px averages ~6.5px a character; good enough for a badge that never needs a font. */
const textWidth = (text: string) => Math.round(text.length * 6.5 + 10);

/** A self-contained flat SVG badge, for repositories that commit the badge instead of using shields. */
export function badgeSvg(result: ScoreResult, label = 'quality'): string {
  const message = `${result.score} (${result.grade})`;
  const color = result.passed ? COLORS[result.grade].hex : COLORS.F.hex;
  const left = textWidth(label);
  const right = textWidth(message);
  const total = left + right;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="${escapeXml(`${label}: ${message}`)}">`,
    `<title>${escapeXml(`${label}: ${message}`)}</title>`,
    `<rect width="${left}" height="20" fill="#555"/>`,
    `<rect x="${left}" width="${right}" height="20" fill="${color}"/>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${left / 2}" y="14">${escapeXml(label)}</text>`,
    `<text x="${left + right / 2}" y="14">${escapeXml(message)}</text>`,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** Writes badge.json (shields endpoint) and badge.svg into `dir`; returns both paths. */
export async function writeBadges(result: ScoreResult, dir: string): Promise<{ json: string; svg: string }> {
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'quality-badge.json');
  const svg = join(dir, 'quality-badge.svg');
  await writeFile(json, `${JSON.stringify(badgeEndpoint(result))}\n`);
  await writeFile(svg, badgeSvg(result));
  return { json, svg };
}
