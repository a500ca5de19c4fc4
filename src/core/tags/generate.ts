import { ConfigError } from '../../shared/errors.js';
import { refInfo, type EventContext, type RefInfo } from '../version/event.js';
import { parseSemver, sanitizeTag, type ResolvedVersion } from '../version/resolve.js';
import { evaluate, type ExpressionValues } from './expressions.js';
import type { Flavor } from './flavor.js';
import type { TagRule } from './rules.js';

/** One tag and the rule that made it, so the summary can explain every tag. */
export interface GeneratedTag {
  tag: string;
  rule: string;
  priority: number;
}

export interface TagContext {
  event: EventContext;
  version: ResolvedVersion;
  /** Injected clock for {{date}} and schedule tags. */
  now: Date;
}

export interface TagResult {
  /** Unique tags, highest priority first. */
  tags: GeneratedTag[];
  /** Why rules produced nothing (not on this event, not semver...), for debug logs. */
  skipped: string[];
}

function contextValues(event: EventContext, ref: RefInfo): ExpressionValues {
  return {
    branch: ref.branch ?? '',
    tag: ref.tag ?? '',
    sha: event.sha.slice(0, 7),
    base_ref: ref.baseRef ?? '',
    is_default_branch: String(ref.isDefaultBranch),
    is_not_default_branch: String(!ref.isDefaultBranch),
  };
}

type Produced = { value: string; defaultPrefix?: string; releaseTag?: boolean } | string;

function semverTag(rule: TagRule, ctx: TagContext, values: ExpressionValues): Produced {
  const source =
    rule.attrs.value !== undefined
      ? evaluate(rule.attrs.value, values, ctx.now)
      : ctx.version.isRelease
        ? ctx.version.version
        : '';
  const parts = source ? parseSemver(source) : undefined;
  if (!parts) return source ? `'${source}' is not semver` : 'no release version on this event';
  const prerelease = rule.attrs.value !== undefined ? Boolean(parts.prerelease) : ctx.version.prerelease;
  const pattern = rule.attrs.pattern;
  if (prerelease && !/\{\{(version|raw)\}\}/.test(pattern)) return 'prereleases only get {{version}} and {{raw}} tags';
  const version = source.replace(/^v(?=\d)/i, '');
  const semverValues = {
    ...values,
    version,
    raw: rule.attrs.value !== undefined ? source : ctx.version.raw,
    major: String(parts.major),
    minor: String(parts.minor),
    patch: String(parts.patch),
  };
  return { value: evaluate(pattern, semverValues, ctx.now), releaseTag: !prerelease };
}

function matchTag(rule: TagRule, ctx: TagContext, ref: RefInfo, values: ExpressionValues): Produced {
  const source = rule.attrs.value !== undefined ? evaluate(rule.attrs.value, values, ctx.now) : (ref.tag ?? '');
  if (!source) return 'no tag on this event';
  const found = source.match(new RegExp(rule.attrs.pattern));
  const group = Number(rule.attrs.group ?? '0');
  if (!found || found[group] === undefined) return `'${source}' does not match ${rule.attrs.pattern}`;
  return { value: found[group], releaseTag: !ctx.version.prerelease };
}

function produce(rule: TagRule, ctx: TagContext, ref: RefInfo, values: ExpressionValues): Produced {
  const { event } = ctx;
  switch (rule.type) {
    case 'semver':
      return semverTag(rule, ctx, values);
    case 'match':
      return matchTag(rule, ctx, ref, values);
    case 'ref':
      if (rule.attrs.event === 'branch') return ref.branch ? { value: ref.branch } : 'not a branch';
      if (rule.attrs.event === 'tag') return ref.tag ? { value: ref.tag } : 'not a tag';
      return ref.prNumber !== undefined ? { value: String(ref.prNumber), defaultPrefix: 'pr-' } : 'not a pull request';
    case 'sha':
      if (!event.sha) return 'no commit sha';
      return { value: rule.attrs.format === 'long' ? event.sha : event.sha.slice(0, 7), defaultPrefix: 'sha-' };
    case 'raw':
      return { value: evaluate(rule.attrs.value, values, ctx.now) };
    case 'schedule':
      return event.eventName === 'schedule'
        ? { value: evaluate(rule.attrs.pattern ?? 'nightly', values, ctx.now) }
        : 'not a schedule event';
    case 'edge': {
      const branch = rule.attrs.branch ?? ref.defaultBranch;
      return ref.branch && ref.branch === branch
        ? { value: 'edge' }
        : `not a push to ${branch ?? 'the default branch'}`;
    }
  }
}

function enabled(rule: TagRule, values: ExpressionValues, now: Date): boolean {
  const value = evaluate(rule.enable, values, now).trim();
  if (value === 'true' || value === 'false') return value === 'true';
  throw ConfigError.single('tags', `rule '${rule.text}': enable must evaluate to true or false, got '${value}'`);
}

/**
 * Turns rules into tags for one event, with metadata-action's semantics: rule prefix/suffix
 * override the flavor's, tags are sanitized and de-duplicated by priority, and `latest` follows
 * the flavor but never moves for a prerelease.
 */
export function generateTags(rules: TagRule[], flavor: Flavor, ctx: TagContext): TagResult {
  const ref = refInfo(ctx.event);
  const values = contextValues(ctx.event, ref);
  const found: GeneratedTag[] = [];
  const skipped: string[] = [];
  let releaseTagged = false;
  for (const rule of rules) {
    if (!enabled(rule, values, ctx.now)) {
      skipped.push(`${rule.text}: disabled`);
      continue;
    }
    const produced = produce(rule, ctx, ref, values);
    if (typeof produced === 'string') {
      skipped.push(`${rule.text}: ${produced}`);
      continue;
    }
    const prefix =
      rule.attrs.prefix !== undefined
        ? evaluate(rule.attrs.prefix, values, ctx.now)
        : (produced.defaultPrefix ?? evaluate(flavor.prefix, values, ctx.now));
    const suffix =
      rule.attrs.suffix !== undefined
        ? evaluate(rule.attrs.suffix, values, ctx.now)
        : evaluate(flavor.suffix, values, ctx.now);
    const tag = sanitizeTag(`${prefix}${produced.value}${suffix}`);
    if (!tag) {
      skipped.push(`${rule.text}: empty tag`);
      continue;
    }
    found.push({ tag, rule: rule.text, priority: rule.priority });
    releaseTagged ||= Boolean(produced.releaseTag);
  }
  const wantLatest = flavor.latest === 'true' || (flavor.latest === 'auto' && releaseTagged);
  if (wantLatest && ctx.version.prerelease) skipped.push('latest: prereleases never move latest');
  else if (wantLatest) {
    const tag = `${flavor.prefixOnLatest ? flavor.prefix : ''}latest${flavor.suffixOnLatest ? flavor.suffix : ''}`;
    found.push({
      tag: sanitizeTag(evaluate(tag, values, ctx.now)),
      rule: `flavor latest=${flavor.latest}`,
      priority: 0,
    });
  }
  return { tags: unique(found), skipped };
}

function unique(tags: GeneratedTag[]): GeneratedTag[] {
  const best = new Map<string, GeneratedTag>();
  for (const tag of tags) if ((best.get(tag.tag)?.priority ?? -1) < tag.priority) best.set(tag.tag, tag);
  return [...best.values()].sort((a, b) => b.priority - a.priority);
}
