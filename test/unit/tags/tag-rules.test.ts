import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/shared/errors.js';
import { generateTags, parseFlavor, parseRules, qualifyImages, imageRefs } from '../../../src/core/tags/index.js';
import { resolveVersion, type EventContext } from '../../../src/core/version/index.js';
import { EVENTS, NOW, SHA } from './events.js';

const STANDARD = `
type=schedule,pattern=nightly-{{date 'YYYYMMDD'}}
type=ref,event=branch
type=ref,event=pr
type=semver,pattern={{version}}
type=semver,pattern={{major}}.{{minor}}
type=semver,pattern={{major}}
type=sha
type=edge
`;

function tags(
  ev: EventContext,
  rules = STANDARD,
  flavor = '',
  options: { version?: string; match?: string } = {},
): string[] {
  const version = resolveVersion(ev, options);
  return generateTags(parseRules(rules), parseFlavor(flavor), { event: ev, version, now: NOW }).tags.map((t) => t.tag);
}

describe('tag rules over events (metadata-action semantics)', () => {
  it.each([
    ['release published, stable', EVENTS.releaseStable, {}, ['1.2.3', '1.2', '1', 'sha-abcdef1', 'latest']],
    [
      'release published, prerelease: only {{version}}, no latest',
      EVENTS.releasePrerelease,
      {},
      ['2.0.0-rc.1', 'sha-abcdef1'],
    ],
    [
      'release flagged prerelease on GitHub: no major/minor, no latest',
      EVENTS.releaseFlaggedPrerelease,
      {},
      ['2.0.0', 'sha-abcdef1'],
    ],
    ['tag push', EVENTS.tagPush, {}, ['1.2.3', '1.2', '1', 'sha-abcdef1', 'latest']],
    [
      'monorepo tag push with match',
      EVENTS.monorepoTag,
      { match: 'app/v(.*)' },
      ['3.1.4', '3.1', '3', 'sha-abcdef1', 'latest'],
    ],
    ['branch push, default branch', EVENTS.branchDefault, {}, ['edge', 'main', 'sha-abcdef1']],
    ['branch push, other branch (sanitized)', EVENTS.branchOther, {}, ['feature-Login_Form', 'sha-abcdef1']],
    ['pull request', EVENTS.pullRequest, {}, ['pr-42', 'sha-abcdef1']],
    ['schedule', EVENTS.schedule, {}, ['nightly-20261123', 'edge', 'main', 'sha-abcdef1']],
    [
      'workflow_dispatch with version',
      EVENTS.dispatch,
      { version: '1.4.0' },
      ['1.4.0', '1.4', '1', 'edge', 'main', 'sha-abcdef1', 'latest'],
    ],
    [
      'workflow_dispatch with a prerelease version',
      EVENTS.dispatch,
      { version: '1.5.0-beta.1' },
      ['1.5.0-beta.1', 'edge', 'main', 'sha-abcdef1'],
    ],
  ])('%s', (_name, ev, options, expected) => {
    expect(tags(ev, STANDARD, '', options)).toEqual(expected);
  });

  it('uses the default rules (schedule, branch, pr, semver version, sha) when none are given', () => {
    expect(tags(EVENTS.tagPush, '')).toEqual(['1.2.3', 'sha-abcdef1', 'latest']);
    expect(tags(EVENTS.releasePrerelease, '')).toEqual(['2.0.0-rc.1', 'sha-abcdef1']);
    expect(tags(EVENTS.branchOther, '')).toEqual(['feature-Login_Form', 'sha-abcdef1']);
    expect(tags(EVENTS.pullRequest, '')).toEqual(['pr-42', 'sha-abcdef1']);
    expect(tags(EVENTS.schedule, '')).toEqual(['nightly', 'main', 'sha-abcdef1']);
    expect(tags(EVENTS.dispatch, '', '', { version: '1.4.0' })).toEqual(['1.4.0', 'main', 'sha-abcdef1', 'latest']);
  });
});

describe('attributes and flavor', () => {
  it.each([
    [
      'global prefix/suffix; latest undecorated',
      EVENTS.tagPush,
      'type=semver,pattern={{version}}',
      'prefix=app-\nsuffix=-slim',
      ['app-1.2.3-slim', 'latest'],
    ],
    [
      'onlatest decorates latest',
      EVENTS.tagPush,
      'type=semver,pattern={{version}}',
      'prefix=app-,onlatest=true',
      ['app-1.2.3', 'app-latest'],
    ],
    [
      'rule prefix overrides the global one',
      EVENTS.tagPush,
      'type=semver,pattern={{version}},prefix=v',
      'prefix=app-',
      ['v1.2.3', 'latest'],
    ],
    ['latest=false', EVENTS.tagPush, 'type=semver,pattern={{version}}', 'latest=false', ['1.2.3']],
    ['latest=true on a branch', EVENTS.branchDefault, 'type=ref,event=branch', 'latest=true', ['main', 'latest']],
    [
      'latest=true never moves for a prerelease',
      EVENTS.releasePrerelease,
      'type=semver,pattern={{version}}',
      'latest=true',
      ['2.0.0-rc.1'],
    ],
    [
      'enable with {{is_default_branch}} (true)',
      EVENTS.branchDefault,
      'type=raw,value=stable,enable={{is_default_branch}}',
      'latest=false',
      ['stable'],
    ],
    [
      'enable with {{is_default_branch}} (false)',
      EVENTS.branchOther,
      'type=raw,value=stable,enable={{is_default_branch}}',
      'latest=false',
      [],
    ],
    [
      'raw with expressions',
      EVENTS.branchOther,
      "type=raw,value={{branch}}-{{sha}}-{{date 'YYYY.MM.DD-HHmm'}}",
      '',
      ['feature-Login_Form-abcdef1-2026.11.23-1011'],
    ],
    [
      'priority reorders',
      EVENTS.tagPush,
      'type=sha,priority=1000\ntype=semver,pattern={{version}}',
      'latest=false',
      ['sha-abcdef1', '1.2.3'],
    ],
    ['sha long', EVENTS.branchOther, 'type=sha,format=long,prefix=', '', [SHA]],
    ['match with a group', EVENTS.tagPush, 'type=match,pattern=v(\\d+\\.\\d+),group=1', '', ['1.2', 'latest']],
    ['match that does not match', EVENTS.branchDefault, 'type=match,pattern=v(\\d+)', '', []],
    [
      'semver with value on any event',
      EVENTS.branchDefault,
      'type=semver,pattern={{major}}.{{minor}},value=v4.5.6',
      '',
      ['4.5', 'latest'],
    ],
    ['semver {{raw}} keeps the tag text', EVENTS.tagPush, 'type=semver,pattern={{raw}}', 'latest=false', ['v1.2.3']],
    [
      'semver ignores a non-semver tag',
      { ...EVENTS.tagPush, ref: 'refs/tags/release-candidate' },
      'type=semver,pattern={{version}}',
      '',
      [],
    ],
    ['edge for a named branch', EVENTS.branchOther, 'type=edge,branch=feature/Login_Form', '', ['edge']],
    [
      'duplicates collapse to the highest priority',
      EVENTS.branchDefault,
      'type=raw,value=main\ntype=ref,event=branch',
      'latest=false',
      ['main'],
    ],
    ['pr prefix overridable', EVENTS.pullRequest, 'type=ref,event=pr,prefix=review-', '', ['review-42']],
  ])('%s', (_name, ev, rules, flavor, expected) => {
    expect(tags(ev, rules, flavor)).toEqual(expected);
  });

  it('says why rules produced nothing', () => {
    const ev = EVENTS.branchDefault;
    const result = generateTags(parseRules('type=semver,pattern={{version}}\ntype=ref,event=pr'), parseFlavor(''), {
      event: ev,
      version: resolveVersion(ev),
      now: NOW,
    });
    expect(result.tags).toEqual([]);
    expect(result.skipped).toEqual([
      'type=semver,pattern={{version}}: no release version on this event',
      'type=ref,event=pr: not a pull request',
    ]);
  });
});

describe('invalid rules get one clear ConfigError', () => {
  it.each([
    ['type=docker', /type must be one of semver, ref, sha, raw, match, schedule, edge, got 'docker'/],
    ['type=semver', /type=semver needs pattern=, for example pattern=\{\{version\}\}/],
    ['type=semver,pattern=stable', /needs \{\{version\}\}/],
    ['type=ref', /type=ref needs event=branch, event=tag or event=pr/],
    ['type=raw', /type=raw needs value=/],
    ['type=sha,format=medium', /format must be short or long/],
    ['type=raw,value=x,priority=high', /priority must be a whole number/],
    ['type=raw,value={{bogus}}', /unknown expression \{\{bogus\}\}/],
    ['type=raw,value={{date}}', /needs a format/],
    ['type=raw,value={{version}}', /unknown expression \{\{version\}\}/],
    ['type=match,pattern=v(', /not a valid regular expression/],
    ['type=raw,colour=red,value=x', /unknown attribute 'colour' for type=raw/],
    ['type=raw,"value=unclosed', /unclosed double quote/],
  ])('%s', (rule, message) => {
    expect(() => parseRules(rule)).toThrow(ConfigError);
    expect(() => parseRules(rule)).toThrow(message);
  });

  it('reports every bad line at once, naming the tags input', () => {
    const error = (() => {
      try {
        parseRules('type=raw\ntype=ref,event=x\ntype=sha');
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error?.problems.map((p) => p.input)).toEqual(['tags', 'tags']);
    expect(error?.message).toContain("rule 'type=ref,event=x'");
  });

  it('rejects enable values that are not booleans', () => {
    const rules = parseRules('type=raw,value=x,enable={{branch}}');
    expect(() =>
      generateTags(rules, parseFlavor(''), {
        event: EVENTS.branchDefault,
        version: resolveVersion(EVENTS.branchDefault),
        now: NOW,
      }),
    ).toThrow(/enable must evaluate to true or false, got 'main'/);
  });

  it.each([
    ['latest=sometimes', /latest must be auto, true or false/],
    ['colour=red', /unknown flavor 'colour=red'/],
    ['prefix={{nope}}', /unknown expression/],
  ])('flavor %s', (flavor, message) => {
    expect(() => parseFlavor(flavor)).toThrow(message);
  });
});

describe('images', () => {
  it('qualifies bare names with the registry and pairs images with tags', () => {
    const images = qualifyImages(['team/app', 'ghcr.io/acme/app', '127.0.0.1:5000/x'], 'registry.example.com');
    expect(images).toEqual(['registry.example.com/team/app', 'ghcr.io/acme/app', '127.0.0.1:5000/x']);
    expect(imageRefs(images.slice(1), ['1.2.3', 'latest'])).toEqual([
      'ghcr.io/acme/app:1.2.3',
      'ghcr.io/acme/app:latest',
      '127.0.0.1:5000/x:1.2.3',
      '127.0.0.1:5000/x:latest',
    ]);
  });

  it.each([
    ['ghcr.io/acme/app:1.0', /without tag or digest/],
    ['app@sha256:abc', /without tag or digest/],
    ['acme/app!', /not a valid image name/],
  ])('rejects %s', (image, message) => {
    expect(() => qualifyImages([image], undefined)).toThrow(message);
  });
});
