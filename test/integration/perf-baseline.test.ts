import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readZipEntry } from '../../src/clients/github/zip.js';
import { runBundle } from '../helpers/bundle.js';
import { startFakeArtifacts, zipOf, type FakeArtifact } from '../helpers/fake-github-artifacts.js';
import type { TestServer } from '../helpers/http.js';

const report = (p95: number) => JSON.stringify({ tool: 'deploy-kit/perf-gate', metrics: { p95Ms: p95 } });
const artifact = (id: number, runId: number, createdAt: string, extra: Partial<FakeArtifact> = {}): FakeArtifact => ({
  id,
  name: 'deploy-kit-production-baseline',
  runId,
  createdAt,
  files: { 'perf-report.json': report(id) },
  ...extra,
});

let api: (TestServer & { requests: { path: string; authorization?: string }[] }) | undefined;
afterEach(async () => api?.close());

async function fetchBaseline(artifacts: FakeArtifact[], runId = '500') {
  api = await startFakeArtifacts(artifacts);
  const workspace = mkdtempSync(join(tmpdir(), 'dk-baseline-'));
  const result = await runBundle(
    'perf-baseline',
    { environment: 'production', 'github-token': 'ghs_baselinetoken' },
    {
      cwd: workspace,
      env: {
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_API_URL: api.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: runId,
      },
    },
  );
  return { result, workspace };
}

describe('perf-baseline: auto, against a local stand-in for the artifacts API', () => {
  it('takes the newest unexpired baseline of another run, says which run, writes it for the perf gate', async () => {
    const { result, workspace } = await fetchBaseline([
      artifact(11, 401, '2026-01-01T10:00:00Z'),
      artifact(13, 403, '2026-01-03T10:00:00Z'),
      artifact(14, 404, '2026-01-04T10:00:00Z', { expired: true }),
      artifact(15, 500, '2026-01-05T10:00:00Z'),
      artifact(12, 402, '2026-01-02T10:00:00Z', { name: 'deploy-kit-staging-baseline' }),
    ]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({
      path: 'perf-baseline.json',
      'run-id': '403',
      'run-url': 'https://github.com/acme/shop/actions/runs/403',
    });
    expect(JSON.parse(readFileSync(join(workspace, 'perf-baseline.json'), 'utf8'))).toEqual(JSON.parse(report(13)));
    expect(result.summary).toContain('[run 403](https://github.com/acme/shop/actions/runs/403)');
    // The token goes to the API, never to the storage redirect, and never into the log.
    expect(api!.requests.find((r) => r.path === '/storage/13')?.authorization).toBeUndefined();
    expect(
      result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain('ghs_baselinetoken');
  });

  it.each([
    ['the first release', [], "no earlier successful release of 'production'"],
    ['only this run uploaded one', [artifact(15, 500, '2026-01-05T10:00:00Z')], 'no earlier successful release'],
    [
      'an artifact without the report',
      [artifact(16, 401, '2026-01-06T10:00:00Z', { files: { 'x.json': '{}' } })],
      'has no perf-report.json',
    ],
  ])('%s: no baseline, a warning, the step passes', async (_n, artifacts, note) => {
    const { result } = await fetchBaseline(artifacts);
    expect(result.code).toBe(0);
    expect(result.outputs.path).toBe('');
    expect(result.stdout).toContain(`::warning::running without a perf baseline: `);
    expect(result.stdout).toContain(note);
    expect(result.summary).toContain('Perf baseline: none');
  });

  it('reads stored and deflated zip entries and refuses what is not a zip', () => {
    const zip = zipOf({ 'a/perf-report.json': '{"ok":true}', 'b.txt': 'x' });
    expect(readZipEntry(zip, 'perf-report.json')?.toString()).toBe('{"ok":true}');
    expect(readZipEntry(zip, 'missing.json')).toBeUndefined();
    expect(() => readZipEntry(Buffer.from('not a zip at all, not even close to one'), 'x')).toThrow(/not a zip/);
  });
});
