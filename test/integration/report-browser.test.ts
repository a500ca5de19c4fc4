import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../src/cli/demo-command.js';
import { main } from '../../src/cli/main.js';

/** Debian's chromium (.ci/services.d/40-chromium.sh installs it and exports DK_CHROMIUM). */
const executablePath = process.env.DK_CHROMIUM ?? '/usr/bin/chromium';
const out = mkdtempSync(join(tmpdir(), 'dk-report-browser-'));
const profile = mkdtempSync(join(tmpdir(), 'dk-chromium-profile-'));
let context: BrowserContext | undefined;

beforeAll(async () => {
  if (!existsSync(executablePath))
    throw new Error(`chromium not found at ${executablePath}: run .ci/services.d/40-chromium.sh or set DK_CHROMIUM`);
  const io = { stdout: new PassThrough().resume(), stderr: new PassThrough().resume(), env: process.env };
  const code = await main(['demo', '--out-dir', out, '--perf-duration', '2s'], [demoCommand], io);
  expect(code).toBe(0);
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 240_000);

afterAll(async () => {
  await context?.close();
  rmSync(out, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe("the demo's HTML report in Debian's chromium (headless)", () => {
  it('draws its charts and release timelines as SVG, shows no Mermaid source, asks for nothing and logs no errors', async () => {
    const page = await context!.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(out, 'summary.html')).href, { waitUntil: 'load' });
    // Every step summary is folded in <details>; open them all so everything is rendered and visible.
    await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");

    const sizes = async (selector: string) =>
      Promise.all(
        (await page.locator(selector).all()).map(async (svg) => (await svg.boundingBox()) ?? { width: 0, height: 0 }),
      );
    const timelines = await sizes('svg.dk-gantt');
    const charts = await sizes('svg.dk-xy');
    // Per release a pipeline timeline; per deploy step its own; v1 and v3 ran perf-gate and quality-score.
    expect(timelines.length).toBeGreaterThanOrEqual(3 + 3);
    expect(charts.length).toBeGreaterThanOrEqual(2 * 3);
    for (const { width, height } of [...timelines, ...charts]) {
      expect(width).toBeGreaterThan(300);
      expect(height).toBeGreaterThan(50);
    }
    expect(await page.locator('svg.dk-gantt path.milestone').count()).toBeGreaterThanOrEqual(2);
    expect(
      await page.locator('svg.dk-gantt >> text=/failure detected - deployment\\/demo CrashLoopBackOff/').count(),
    ).toBeGreaterThanOrEqual(2);
    expect(await page.locator('svg.dk-xy >> text=/limit p\\(95\\) < 1s/').count()).toBeGreaterThanOrEqual(1);

    const visible = await page.innerText('body');
    expect(visible).not.toMatch(/xychart-beta|dateFormat|```|^\s*gantt\s*$|line \[\d/m);
    expect(visible).not.toMatch(/[✅❌⛔💥]/u);
    expect(await page.locator('.badge.bad', { hasText: 'failed' }).count()).toBeGreaterThan(0);
    expect(await page.locator('script, [onload], [onclick]').count()).toBe(0);
    expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
    expect(problems).toEqual([]);
  }, 60_000);
});
