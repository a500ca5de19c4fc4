import { KubeConfig } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { namespaceOf } from '../../../src/clients/kube/config.js';

function accessWith(contextNamespace?: string) {
  const config = new KubeConfig();
  config.loadFromOptions({
    clusters: [{ name: 'c', server: 'https://127.0.0.1:6443' }],
    users: [{ name: 'u', token: 't' }],
    contexts: [{ name: 'ctx', cluster: 'c', user: 'u', ...(contextNamespace ? { namespace: contextNamespace } : {}) }],
    currentContext: 'ctx',
  });
  return { config, context: 'ctx' };
}

describe("namespaceOf: kubectl's rule", () => {
  it.each([
    ['the given namespace wins', 'shop', 'team', 'shop'],
    ["else the context's", '', 'team', 'team'],
    ['else default', undefined, undefined, 'default'],
  ])('%s', (_rule, given, contextNamespace, expected) => {
    expect(namespaceOf(accessWith(contextNamespace), given)).toBe(expected);
  });
});
