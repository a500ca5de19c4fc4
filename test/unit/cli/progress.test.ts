import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { definition as healthCheck } from '../../../src/actions/health-check/main.js';
import { actionCommand } from '../../../src/cli/action-command.js';
import { Progress, progressStream } from '../../../src/cli/progress.js';
import { progressOf } from '../../../src/cli/progress-lines.js';
import { captureIo } from '../../helpers/cli-io.js';
import { startHttpServer, type TestServer } from '../../helpers/http.js';

/** A stream that records what was written, and a clock the test moves. */
function terminal() {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c) => (text += c));
  let now = 0;
  return { out, text: () => text, clock: { now: () => now, advance: (ms: number) => (now += ms) } };
}

describe('progress lines the actions log', () => {
  it.each([
    [
      'run 1/2: 3s/8s, 3600 responses, p95 12.50ms',
      'perf-gate',
      'perf-gate run 1/2: 3s/8s, 3600 responses, p95 12.50ms, 1200 req/s',
    ],
    [
      'deployment/web: Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available... [updated 3, ready 1, available 1 of 3]',
      'rollout deployment/web',
      'rollout deployment/web: ready 1/3, updated 3/3, available 1/3 (Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available...)',
    ],
    [
      'http://127.0.0.1:8080/healthz attempt 4: HTTP 503 in 2ms, failed: status 2xx: got 503; next attempt in 400ms',
      'health http://127.0.0.1:8080/healthz',
      'health-check http://127.0.0.1:8080/healthz attempt 4: HTTP 503 in 2ms, failed: status 2xx: got 503; next attempt in 400ms',
    ],
  ])('%s', (line, key, text) => {
    expect(progressOf(line)).toEqual({ key, text });
  });

  it('names the namespace of a namespaced workload', () => {
    const line =
      'deployment/demo (namespace shop): deployment "demo" successfully rolled out [updated 2, ready 2, available 2 of 2]';
    expect(progressOf(line)?.key).toBe('rollout deployment/demo (namespace shop)');
  });

  it('leaves ordinary lines alone', () => {
    expect(progressOf('== Apply (server-side)')).toBeUndefined();
    expect(progressOf('deployment/web created (generation 1)')).toBeUndefined();
  });
});

describe('Progress', () => {
  it('prints one line per task per interval without a TTY, and always the last state', () => {
    const t = terminal();
    const progress = new Progress(t.out, { tty: false, intervalMs: 5000, now: t.clock.now });
    for (let i = 1; i <= 20; i++) {
      progress.update('perf', `elapsed ${i}s`);
      progress.update('rollout', `ready ${Math.min(i, 3)}/3`);
      t.clock.advance(1000);
    }
    progress.close();
    expect(t.text().split('\n').filter(Boolean)).toEqual([
      'elapsed 1s',
      'ready 1/3',
      'elapsed 6s',
      'ready 3/3',
      'elapsed 11s',
      'elapsed 16s',
      'elapsed 20s',
    ]);
  });

  it('rewrites its live lines in place on a TTY, with ordinary lines above them', () => {
    const t = terminal();
    const progress = new Progress(t.out, { tty: true, redrawMs: 100, columns: 30, now: t.clock.now });
    progress.update('a', 'ready 0/3');
    t.clock.advance(50);
    progress.update('a', 'ready 1/3 (throttled)');
    t.clock.advance(100);
    progress.update('a', 'ready 2/3');
    progress.update('b', 'a line far too long for a thirty column terminal');
    t.clock.advance(100);
    progress.line('== Rollback');
    progress.close();
    expect(t.text()).not.toContain('throttled');
    expect(t.text()).toContain('ready 0/3\n\x1b[1A\x1b[Jready 2/3\n');
    expect(t.text()).toContain('\x1b[1A\x1b[J== Rollback\nready 2/3\na line far too long for a th…\n');
    expect(t.text().endsWith('\x1b[2A\x1b[Jready 2/3\na line far too long for a th…\n')).toBe(true);
  });

  it('routes progress out of a log stream and passes every other line through', () => {
    const t = terminal();
    const progress = new Progress(t.out, { tty: false, now: t.clock.now });
    const log = progressStream(progress);
    log.write('== Rollout\nrun 1/1: 1s/2s, 10 responses, p95 1.00ms\nrun 1/1: 2s');
    log.write('/2s, 20 responses, p95 1.00ms\ndone\n');
    progress.close();
    expect(t.text()).toBe(
      '== Rollout\nperf-gate run 1/1: 1s/2s, 10 responses, p95 1.00ms, 10 req/s\nperf-gate run 1/1: 2s/2s, 20 responses, p95 1.00ms, 10 req/s\ndone\n',
    );
  });
});

describe('deploy-kit health in a CI log (no TTY)', () => {
  let server: TestServer;
  let hits = 0;
  beforeAll(async () => {
    server = await startHttpServer((_req, res) => {
      res.statusCode = ++hits < 4 ? 503 : 200;
      res.end('ok');
    });
  });
  afterAll(() => server.close());

  it('shows the attempts as progress and still ends with the outputs', async () => {
    const t = captureIo();
    const command = actionCommand('health', '', healthCheck);
    const code = await command.run(['--url', server.url, '--interval', '50ms', '--timeout', '20s'], t.io);
    expect(code).toBe(0);
    const progress = t
      .err()
      .split('\n')
      .filter((l) => l.startsWith('health-check '));
    // The first attempt at once, then at most one line per 5 s interval, and the last state.
    expect(progress[0]).toMatch(/attempt 1: HTTP 503/);
    expect(progress.at(-1)).toMatch(/attempt 4: HTTP 200 .* ok/);
    expect(progress.length).toBeLessThanOrEqual(3);
    expect(t.out()).toMatch(/^healthy=true$/m);
  });
});

describe('pipeline and demo steps on a terminal', () => {
  it("show the running step's elapsed time live, and nothing of it once the step ends", async () => {
    const { terminalEvents } = await import('../../../src/cli/pipeline-command.js');
    vi.useFakeTimers();
    try {
      const t = terminal();
      Object.assign(t.out, { isTTY: true, columns: 100 });
      const events = terminalEvents({ stdout: t.out, stderr: t.out, env: {} }, false);
      events.stepStart?.('smoke-test', 'run the smoke-test suite');
      vi.advanceTimersByTime(2000);
      expect(t.text()).toContain('  … smoke-test 2s\n');
      events.stepEnd?.({
        name: 'smoke-test',
        title: 'run the smoke-test suite',
        outcome: 'passed',
        inputs: {},
        outputs: { passed: 'true' },
        warnings: [],
        summary: '',
        durationMs: 2000,
      });
      const ended = t.text();
      vi.advanceTimersByTime(3000);
      expect(t.text()).toBe(ended);
      const tail = ended.slice(ended.lastIndexOf('… smoke-test 2s\n') + '… smoke-test 2s\n'.length);
      expect(tail.startsWith('\x1b[1A\x1b[J')).toBe(true);
      expect(tail).toMatch(/smoke-test +2\.0s +passed=true\n$/);
    } finally {
      vi.useRealTimers();
    }
  });
});
