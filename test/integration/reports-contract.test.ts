import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runHealth } from '../../src/actions/health-check/main.js';
import { run as runSmoke } from '../../src/actions/smoke-test/main.js';
import { DIMENSION_FORMATS, detectJsonFormat } from '../../src/core/reports/detect.js';
import { healthFromReport } from '../../src/core/reports/perf-health.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { sendJson, startHttpServer, type TestServer } from '../helpers/http.js';

// quality-score reads these reports as its `health` dimension: keep the two sides in step.
let server: TestServer;
beforeAll(async () => {
  server = await startHttpServer((req, res) => sendJson(res, req.url === '/bad' ? 500 : 200, { ok: true }));
});
afterAll(() => server.close());

describe('health-check and smoke-test reports as quality-score reads them', () => {
  it('a health-check report is detected and scored per URL', async () => {
    const runtime = createMemoryRuntime(
      { url: `${server.url}/ok\n${server.url}/bad`, timeout: '200ms', interval: '50ms', 'max-interval': '50ms' },
      { tempDir: mkdtempSync(join(tmpdir(), 'dk-rc-')) },
    );
    await runHealth(runtime);
    const data = JSON.parse(readFileSync(runtime.outputs.report, 'utf8'));
    expect(detectJsonFormat(data, DIMENSION_FORMATS.health)).toBe('health-check');
    expect(healthFromReport(runtime.outputs.report, data, 'health-check')).toEqual({
      checks: 2,
      passed: 1,
      failing: [`${server.url}/bad`],
    });
  });

  it('a smoke-test report is detected and scored per check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-rc-'));
    writeFileSync(join(dir, 'spec.yml'), 'checks:\n  - name: good\n    path: /ok\n  - name: broken\n    path: /bad\n');
    const runtime = createMemoryRuntime({ spec: 'spec.yml', 'base-url': server.url }, { cwd: dir, tempDir: dir });
    await runSmoke(runtime);
    const data = JSON.parse(readFileSync(runtime.outputs.report, 'utf8'));
    expect(detectJsonFormat(data, DIMENSION_FORMATS.health)).toBe('smoke-test');
    expect(healthFromReport(runtime.outputs.report, data, 'smoke-test')).toEqual({
      checks: 2,
      passed: 1,
      failing: ['broken'],
    });
  });
});
