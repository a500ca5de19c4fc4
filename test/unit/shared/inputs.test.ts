import { describe, expect, it } from 'vitest';
import {
  bool,
  duration,
  list,
  number,
  oneOf,
  pairs,
  secretParts,
  text,
  urls,
  yamlObject,
} from '../../../src/shared/inputs.js';
import { parseInputs } from '../../../src/actions/harness.js';
import { ConfigError } from '../../../src/shared/errors.js';
import { createMemoryRuntime } from '../../../src/runtime/memory-runtime.js';

const shape = {
  url: urls({ required: true }),
  timeout: duration({ default: '5m', min: 1 }),
  retries: number({ default: '3', integer: true, min: 0 }),
  'fail-fast': bool({ default: 'false' }),
  method: oneOf(['GET', 'POST'] as const, { default: 'GET' }),
  tags: list(),
  headers: pairs({ separator: ':', secret: true }),
  variables: yamlObject(),
  note: text(),
};

describe('parseInputs', () => {
  it('applies action.yml defaults to empty inputs and coerces types', () => {
    const inputs = parseInputs(shape, createMemoryRuntime({ url: 'https://example.com/healthz' }));
    expect(inputs).toEqual({
      url: ['https://example.com/healthz'],
      timeout: 300_000,
      retries: 3,
      'fail-fast': false,
      method: 'GET',
      tags: undefined,
      headers: undefined,
      variables: undefined,
      note: undefined,
    });
  });

  it('parses lists, pairs and YAML', () => {
    const inputs = parseInputs(
      shape,
      createMemoryRuntime({
        url: 'http://a/\nhttp://b/',
        tags: 'a, b\n# comment\nc',
        headers: 'X-A: 1\nAuthorization: Bearer abc',
        variables: 'k: v',
      }),
    );
    expect(inputs.url).toEqual(['http://a/', 'http://b/']);
    expect(inputs.tags).toEqual(['a', 'b', 'c']);
    expect(inputs.headers).toEqual([
      ['X-A', '1'],
      ['Authorization', 'Bearer abc'],
    ]);
    expect(inputs.variables).toEqual({ k: 'v' });
  });

  it.each([
    ['url', '', 'is required'],
    ['url', 'not a url', 'absolute URL'],
    ['url', 'ftp://x', 'http:// or https://'],
    ['timeout', '-5s', 'duration such as'],
    ['timeout', '0s', 'at least 1ms'],
    ['retries', '1.5', 'whole number'],
    ['retries', '-1', '>= 0'],
    ['fail-fast', 'yes', 'true or false'],
    ['method', 'PUT', 'one of GET, POST'],
    ['headers', 'no separator', 'name: value'],
    ['variables', '- a list', 'mapping'],
    ['variables', 'a: [', 'not valid YAML'],
  ])('input %s = %j is rejected with a message naming it', (input, value, message) => {
    const inputs = { url: 'http://ok/', [input]: value };
    let error: unknown;
    try {
      parseInputs(shape, createMemoryRuntime(inputs));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.objectContaining({ input, message: expect.stringContaining(message) }),
    ]);
    expect((error as ConfigError).message).toContain(`input '${input}'`);
  });

  it('reports every invalid input at once', () => {
    expect(() => parseInputs(shape, createMemoryRuntime({ url: 'x', timeout: 'y', method: 'z' }))).toThrow(
      /3 invalid inputs/,
    );
  });

  it('masks secret inputs before validating them', () => {
    const runtime = createMemoryRuntime({ url: 'http://ok/', headers: 'Authorization: Bearer s3cr3t-token' });
    parseInputs(shape, runtime);
    expect(runtime.secrets).toContain('s3cr3t-token');
    expect(runtime.secrets).toContain('Bearer s3cr3t-token');
  });
});

describe('secretParts', () => {
  it('masks the value of every pair for pair inputs (headers)', () => {
    expect(secretParts('A: one1\nB=two2', 'pair-values')).toEqual(expect.arrayContaining(['one1', 'two2', 'A: one1']));
  });

  it('masks a plain secret whole and line by line, but not the words inside its lines', () => {
    const kubeconfig = 'apiVersion: v1\ncurrent-context: default';
    expect(secretParts(kubeconfig)).toEqual([kubeconfig, 'apiVersion: v1', 'current-context: default']);
  });

  it('a secret text input masks its whole value when parsed', () => {
    const runtime = createMemoryRuntime({ url: 'http://ok/', token: 'namespace: default' });
    parseInputs({ url: urls({ required: true }), token: text({ secret: true }) }, runtime);
    expect(runtime.secrets).toEqual(['namespace: default']);
  });
});
