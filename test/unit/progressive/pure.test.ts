import { describe, expect, it } from 'vitest';
import { canaryReplicas, replicaShare } from '../../../src/core/deploy/progressive/objects.js';
import { weightedRules } from '../../../src/core/deploy/progressive/routes.js';
import { answeredBy } from '../../../src/core/deploy/progressive/share.js';
import { parseSteps } from '../../../src/core/deploy/progressive/steps.js';

describe('steps', () => {
  it('parses weights, pauses and analysis with their lines', () => {
    const { steps, problems } = parseSteps('- 10%\n- pause: 2m\n- analysis\n- weight: 50\n- 100%\n');
    expect(problems).toEqual([]);
    expect(steps).toEqual([
      { kind: 'weight', weight: 10, line: 1 },
      { kind: 'pause', ms: 120_000, line: 2 },
      { kind: 'analysis', line: 3 },
      { kind: 'weight', weight: 50, line: 4 },
      { kind: 'weight', weight: 100, line: 5 },
    ]);
  });

  it.each([
    ['- 10%\n- analysis', 2, 'steps must end at 100%'],
    ['- 101%\n- 100%', 1, 'out of range'],
    ['- 12.5%\n- 100%', 1, 'out of range'],
    ['- 50%\n- 50%\n- 100%', 2, 'must be above the previous 50%'],
    ['- 10%\n- pause\n- 100%', 2, "pause needs a duration: 'pause: 2m'"],
    ['- 10%\n- pause: soon\n- 100%', 2, "got 'soon'"],
    ['weight: 10', 1, 'must be a YAML list'],
    ['- [10%\n', 1, 'not valid YAML'],
  ])('%j -> line %i: %s', (text, line, message) => {
    const { problems } = parseSteps(text);
    expect(problems[0].line).toBe(line);
    expect(problems[0].message).toContain(message);
  });
});

describe('traffic arithmetic', () => {
  it.each([
    [4, 10, 1, 20],
    [4, 25, 1, 20],
    [4, 50, 2, 100 / 3],
    [2, 20, 1, 100 / 3],
    [10, 10, 1, 100 / 11],
  ])('%i stable replicas at %i%% -> %i canary pods, exact share %d', (stable, weight, pods, share) => {
    expect(canaryReplicas(stable, weight)).toBe(pods);
    expect(replicaShare(stable, pods)).toBeCloseTo(share, 5);
  });

  it('HTTPRoute weights: stable and canary side by side, back to one backend at 0', () => {
    const rules = [{ matches: [{ path: { value: '/' } }], backendRefs: [{ name: 'web', port: 80 }] }];
    const split = weightedRules(rules, 'web', 'web-canary', 25);
    expect(split[0].backendRefs).toEqual([
      { name: 'web', port: 80, weight: 75 },
      { name: 'web-canary', port: 80, weight: 25 },
    ]);
    expect(split[0].matches).toEqual(rules[0].matches);
    expect(weightedRules(split, 'web', 'web-canary', 0)[0].backendRefs).toEqual([{ name: 'web', port: 80 }]);
  });
});

describe('answeredBy', () => {
  it.each([
    ['{"version":"v4"}', {}, true],
    ['{"error":"injected error","version":"v4"}', {}, true],
    ['{"version":"v4.1"}', {}, false],
    ['{"version":"v1"}', { 'x-version': 'v4' }, true],
    ['{"version":"xv4"}', {}, false],
  ])('%s %j -> %s', (body, headers, expected) => {
    expect(answeredBy('v4', headers, body)).toBe(expected);
  });
});
