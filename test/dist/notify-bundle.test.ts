import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../helpers/bundle.js';
import { readBody, startHttpServer, type TestServer } from '../helpers/http.js';

let hook: TestServer;
const bodies: any[] = [];
beforeAll(async () => {
  hook = await startHttpServer(async (req, res) => {
    bodies.push(JSON.parse(await readBody(req)));
    res.writeHead(req.url?.includes('down') ? 503 : 200).end('ok');
  });
});
afterAll(() => hook.close());

describe('dist/notify as the runner runs it', () => {
  it('delivers, masks the webhook URL, and exits 0 even when a webhook is down', async () => {
    const result = await runBundle('notify', {
      status: 'succeeded',
      version: 'v1.2.3',
      environment: 'production',
      'slack-webhook-url': `${hook.url}/services/T1/B1/bundlesecret`,
      'webhook-url': `${hook.url}/down/othersecret`,
    }, { env: { GITHUB_REPOSITORY: 'acme/shop' } });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ sent: '1', failed: '1' });
    expect(bodies.find((b) => b.text)?.text).toBe('✅ acme/shop v1.2.3 deployed to production');
    expect(result.stdout).toMatch(/::warning::could not notify webhook: HTTP 503/);
    // ::add-mask:: lines are consumed by the runner and never shown; everything else must be clean.
    expect(result.stdout).toMatch(/^::add-mask::.*bundlesecret$/m);
    const printed = result.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + result.summary;
    expect(printed).not.toContain('bundlesecret');
    expect(printed).not.toContain('othersecret');
    expect(result.summary).toContain('| slack | ✅ | 200 |');
  });
});
