import { describe, expect, it } from 'vitest';
import { RegistryError, classifyRegistryFailure, withRetry } from '../../../src/clients/container-engine-errors.js';
import { failingStep } from '../../../src/clients/container-engine-cli.js';
import { parseReference } from '../../../src/clients/registry.js';
import { parseChallenge } from '../../../src/clients/registry-auth.js';

describe('registry failure classes (what docker, podman and buildah print)', () => {
  it.each([
    [
      'Error response from daemon: Get "http://127.0.0.1:5001/v2/": unauthorized: incorrect username or password',
      'credentials',
    ],
    ['denied: requested access to the resource is denied', 'credentials'],
    ['dial tcp: lookup registry.invalid: no such host', 'unknown-registry'],
    ['dial tcp 127.0.0.1:9: connect: connection refused', 'unreachable'],
    ['received unexpected HTTP status: 503 Service Unavailable', 'transient'],
    ['toomanyrequests: rate limit exceeded', 'transient'],
    ['net/http: TLS handshake timeout', 'transient'],
    ['manifest invalid: manifest invalid', 'other'],
  ])('%s -> %s', (text, expected) => {
    expect(classifyRegistryFailure(text)).toBe(expected);
  });
});

describe('withRetry', () => {
  it('retries transient failures with exponential backoff, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const value = await withRetry(
      async () => {
        if (++calls < 3) throw new RegistryError('503', 'transient');
        return 'ok';
      },
      {
        attempts: 3,
        baseDelayMs: 1000,
        sleep: async (ms) => {
          delays.push(ms);
        },
      },
    );
    expect(value).toBe('ok');
    expect(delays).toEqual([1000, 2000]);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new RegistryError('refused', 'unreachable');
        },
        { attempts: 3, sleep: async () => undefined },
      ),
    ).rejects.toThrow('refused');
    expect(calls).toBe(3);
  });

  it.each([['credentials'], ['unknown-registry'], ['other']] as const)(
    'does not retry %s failures',
    async (failure) => {
      let calls = 0;
      await expect(
        withRetry(
          async () => {
            calls++;
            throw new RegistryError('no', failure);
          },
          { sleep: async () => undefined },
        ),
      ).rejects.toThrow('no');
      expect(calls).toBe(1);
    },
  );
});

describe('failingStep finds the step that failed', () => {
  it.each([
    [
      'classic docker',
      'Step 1/3 : FROM scratch\n ---> \nStep 3/3 : RUN make\n ---> Running in 1\nmake: error\nThe command returned a non-zero code: 2',
      'Step 3/3 : RUN make',
      'make: error',
    ],
    [
      'BuildKit',
      '#5 [2/3] COPY . .\n#5 DONE 0.1s\n#6 [3/3] RUN make\n#6 0.2 make: error\n#6 ERROR: process did not complete',
      '[3/3] RUN make',
      '#6 0.2 make: error',
    ],
    [
      'podman',
      'STEP 1/2: FROM scratch\nSTEP 2/2: RUN make\nmake: error\nError: building at STEP "RUN make": exit status 2',
      'STEP 2/2: RUN make',
      'make: error',
    ],
    ['no step headers', 'unable to prepare context: path "x" not found', undefined, 'unable to prepare context'],
  ])('%s', (_name, output, step, excerpt) => {
    const found = failingStep(output);
    expect(found.step).toBe(step);
    expect(found.excerpt).toContain(excerpt);
    if (step) expect(found.excerpt.startsWith(output.split('\n').find((l) => l.includes(step))!)).toBe(true);
  });
});

describe('image references and auth challenges', () => {
  it.each([
    ['127.0.0.1:5000/team/app:1.2.3', { registry: '127.0.0.1:5000', repository: 'team/app', reference: '1.2.3' }],
    ['ghcr.io/acme/app@sha256:abc', { registry: 'ghcr.io', repository: 'acme/app', reference: 'sha256:abc' }],
    ['nginx', { registry: 'docker.io', repository: 'library/nginx', reference: 'latest' }],
    ['acme/app:v1', { registry: 'docker.io', repository: 'acme/app', reference: 'v1' }],
    ['localhost/app:1', { registry: 'localhost', repository: 'app', reference: '1' }],
  ])('%s', (ref, expected) => {
    expect(parseReference(ref)).toEqual(expected);
  });

  it('parses Bearer and Basic challenges', () => {
    expect(
      parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"'),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull' },
    });
    expect(parseChallenge('Basic realm="deploy-kit-test"')).toEqual({
      scheme: 'basic',
      params: { realm: 'deploy-kit-test' },
    });
    expect(parseChallenge(null)).toBeUndefined();
  });
});
