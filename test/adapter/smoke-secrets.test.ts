import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/smoke-test/main.js';
import { createMemoryRuntime } from '../../src/runtime/memory-runtime.js';
import { SecretMask } from '../../src/shared/masking.js';
import { readBody, sendJson, startHttpServer, type TestServer } from '../helpers/http.js';

const PASSWORD = 'Pa55-w0rd-login-9931';
const PATH_TOKEN = 'ptok-4471be';
let api: TestServer;
let requests = 0;

beforeAll(async () => {
  // Echoes what it got (body and path), as a misbehaving login endpoint or a debug route does.
  api = await startHttpServer((req, res) => {
    requests++;
    void readBody(req).then((got) => sendJson(res, 200, { got, path: req.url }));
  });
});
afterAll(() => api.close());

function workspace(spec: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-smoke-secrets-'));
  writeFileSync(join(dir, 'smoke.yml'), spec);
  return dir;
}

const spec = `checks:
  - name: login
    method: POST
    path: /login
    json: { user: bot, password: "{{env.LOGIN_PASSWORD}}" }
    expect:
      - status 201
      - body contains "welcome"
  - name: raw body and path
    method: POST
    path: /items/{{env.PATH_TOKEN}}
    body: "secret={{env.LOGIN_PASSWORD}}"
    expect: [ jsonpath $.path == "/nothing" ]
`;

describe('smoke-test: {{env.*}} values are secret wherever they are used', () => {
  it('keeps them out of the log, summary, outputs, report and JUnit file, and registers them with the host', async () => {
    const cwd = workspace(spec);
    const runtime = createMemoryRuntime(
      { spec: 'smoke.yml', 'base-url': api.url, 'report-dir': 'out' },
      { cwd, env: { LOGIN_PASSWORD: PASSWORD, PATH_TOKEN } },
    );
    expect(await run(runtime)).toBe('failed');
    expect(runtime.secrets).toEqual(expect.arrayContaining([PASSWORD, PATH_TOKEN]));
    const written = [
      runtime.transcript(),
      readFileSync(join(cwd, 'out', 'smoke-test-report.json'), 'utf8'),
      readFileSync(join(cwd, 'out', 'smoke-test-junit.xml'), 'utf8'),
    ].join('\n');
    expect(written).toContain('login'); // the report is there and readable...
    expect(written).not.toContain(PASSWORD); // ...without the password the server echoed
    expect(written).not.toContain(PATH_TOKEN);
    // And the job log a reader sees (after the runner's masking of what was registered) stays readable.
    expect(new SecretMask(runtime.secrets).apply(runtime.transcript())).toContain('raw body and path');
  });

  it('refuses a non-http url before sending any check, with the line of the bad check', async () => {
    requests = 0;
    const cwd = workspace(`checks:
  - name: first
    path: /ok
  - name: ftp
    url: ftp://files.example.com/x
`);
    const runtime = createMemoryRuntime({ spec: 'smoke.yml', 'base-url': api.url }, { cwd });
    expect(await run(runtime)).toBe('config-error');
    expect(requests).toBe(0);
    expect(runtime.failures[0]).toMatch(
      /input 'spec' \(smoke\.yml:5\): check 'ftp': url must be an http:\/\/ or https:\/\//,
    );
  });

  it('refuses a CR in a header value, naming the header, before any request', async () => {
    requests = 0;
    const cwd = workspace(`checks:\n  - name: a\n    path: /ok\n    headers:\n      X-Note: "one\\rX-Injected: two"\n`);
    const runtime = createMemoryRuntime({ spec: 'smoke.yml', 'base-url': api.url }, { cwd });
    expect(await run(runtime)).toBe('config-error');
    expect(requests).toBe(0);
    expect(runtime.failures[0]).toMatch(/checks\[0\]\.headers\.X-Note: header values must not contain CR, LF or NUL/);
  });
});
