#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  parseSemver,
  resolveVersion,
  sanitizeTag
} from "./chunk-6SBZGMAY.js";
import {
  refInfo,
  stringAt
} from "./chunk-RXCNNUO5.js";
import {
  splitList
} from "./chunk-MKPTSRCZ.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";

// src/core/labels/index.ts
var OCI = {
  title: "org.opencontainers.image.title",
  description: "org.opencontainers.image.description",
  url: "org.opencontainers.image.url",
  source: "org.opencontainers.image.source",
  version: "org.opencontainers.image.version",
  created: "org.opencontainers.image.created",
  revision: "org.opencontainers.image.revision",
  licenses: "org.opencontainers.image.licenses"
};
function buildLabels(ctx, user = []) {
  const { payload } = ctx.event;
  const repoUrl = stringAt(payload, "repository", "html_url") ?? (ctx.event.repository ? `${(ctx.event.serverUrl ?? "https://github.com").replace(/\/+$/, "")}/${ctx.event.repository}` : void 0);
  const generated = {
    [OCI.title]: stringAt(payload, "repository", "name") ?? ctx.event.repository?.split("/")[1],
    [OCI.description]: stringAt(payload, "repository", "description"),
    [OCI.url]: repoUrl,
    [OCI.source]: repoUrl,
    [OCI.version]: ctx.version.version,
    [OCI.created]: ctx.now.toISOString(),
    [OCI.revision]: ctx.event.sha || void 0,
    [OCI.licenses]: stringAt(payload, "repository", "license", "spdx_id")
  };
  const labels = {};
  for (const [key, value] of Object.entries(generated)) if (value) labels[key] = value;
  for (const [key, value] of user) labels[key] = value;
  return labels;
}

// src/core/tags/expressions.ts
var EXPRESSION = /\{\{\s*([a-z_]+)(?:\s+'([^']*)')?\s*\}\}/g;
var ANY_EXPRESSION = /\{\{([^}]*)\}\}/g;
var CONTEXT_NAMES = ["branch", "tag", "sha", "base_ref", "is_default_branch", "is_not_default_branch", "date"];
var SEMVER_NAMES = ["version", "major", "minor", "patch", "raw"];
function formatDate(date, format) {
  const pad = (n, width = 2) => String(n).padStart(width, "0");
  const tokens = {
    YYYY: String(date.getUTCFullYear()),
    YY: pad(date.getUTCFullYear() % 100),
    MM: pad(date.getUTCMonth() + 1),
    DD: pad(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds()),
    SSS: pad(date.getUTCMilliseconds(), 3)
  };
  return format.replace(/YYYY|YY|MM|DD|HH|mm|ss|SSS/g, (token) => tokens[token]);
}
function expressionProblems(text, allowed) {
  const problems = [];
  for (const found of text.matchAll(ANY_EXPRESSION)) {
    const parsed = /^\s*([a-z_]+)(?:\s+'([^']*)')?\s*$/.exec(found[1]);
    if (!parsed) problems.push(`'${found[0]}' is not an expression; write {{name}} or {{date 'YYYYMMDD'}}`);
    else if (!allowed.includes(parsed[1]))
      problems.push(`unknown expression {{${parsed[1]}}}; valid here: ${allowed.map((n) => `{{${n}}}`).join(" ")}`);
    else if (parsed[1] === "date" && parsed[2] === void 0)
      problems.push("{{date}} needs a format, for example {{date 'YYYYMMDD'}}");
  }
  return problems;
}
function evaluate(text, values, now) {
  return text.replace(
    EXPRESSION,
    (_all, name, argument) => name === "date" ? formatDate(now, argument ?? "YYYYMMDD") : values[name] ?? ""
  );
}

// src/core/tags/flavor.ts
function parseFlavor(raw, input = "flavor") {
  const flavor = { latest: "auto", prefix: "", suffix: "", prefixOnLatest: false, suffixOnLatest: false };
  const problems = [];
  let last;
  for (const item of splitList(raw)) {
    const at = item.indexOf("=");
    const key = at > 0 ? item.slice(0, at).trim() : item;
    const value = at > 0 ? item.slice(at + 1).trim() : "";
    if (key === "latest") {
      if (["auto", "true", "false"].includes(value)) flavor.latest = value;
      else problems.push({ input, message: `latest must be auto, true or false, got '${value}'` });
    } else if (key === "prefix" || key === "suffix") {
      flavor[key] = value;
      last = key;
      problems.push(
        ...expressionProblems(value, CONTEXT_NAMES).map((message) => ({ input, message: `${key}: ${message}` }))
      );
    } else if (key === "onlatest" && last) {
      flavor[last === "prefix" ? "prefixOnLatest" : "suffixOnLatest"] = value === "true";
    } else {
      problems.push({
        input,
        message: `unknown flavor '${item}'; valid: latest=auto|true|false, prefix=..., suffix=..., onlatest=true after a prefix or suffix`
      });
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return flavor;
}

// src/core/tags/generate.ts
function contextValues(event, ref) {
  return {
    branch: ref.branch ?? "",
    tag: ref.tag ?? "",
    sha: event.sha.slice(0, 7),
    base_ref: ref.baseRef ?? "",
    is_default_branch: String(ref.isDefaultBranch),
    is_not_default_branch: String(!ref.isDefaultBranch)
  };
}
function semverTag(rule, ctx, values) {
  const source = rule.attrs.value !== void 0 ? evaluate(rule.attrs.value, values, ctx.now) : ctx.version.isRelease ? ctx.version.version : "";
  const parts = source ? parseSemver(source) : void 0;
  if (!parts) return source ? `'${source}' is not semver` : "no release version on this event";
  const prerelease = rule.attrs.value !== void 0 ? Boolean(parts.prerelease) : ctx.version.prerelease;
  const pattern = rule.attrs.pattern;
  if (prerelease && !/\{\{(version|raw)\}\}/.test(pattern)) return "prereleases only get {{version}} and {{raw}} tags";
  const version = source.replace(/^v(?=\d)/i, "");
  const semverValues = {
    ...values,
    version,
    raw: rule.attrs.value !== void 0 ? source : ctx.version.raw,
    major: String(parts.major),
    minor: String(parts.minor),
    patch: String(parts.patch)
  };
  return { value: evaluate(pattern, semverValues, ctx.now), releaseTag: !prerelease };
}
function matchTag(rule, ctx, ref, values) {
  const source = rule.attrs.value !== void 0 ? evaluate(rule.attrs.value, values, ctx.now) : ref.tag ?? "";
  if (!source) return "no tag on this event";
  const found = source.match(new RegExp(rule.attrs.pattern));
  const group = Number(rule.attrs.group ?? "0");
  if (!found || found[group] === void 0) return `'${source}' does not match ${rule.attrs.pattern}`;
  return { value: found[group], releaseTag: !ctx.version.prerelease };
}
function produce(rule, ctx, ref, values) {
  const { event } = ctx;
  switch (rule.type) {
    case "semver":
      return semverTag(rule, ctx, values);
    case "match":
      return matchTag(rule, ctx, ref, values);
    case "ref":
      if (rule.attrs.event === "branch") return ref.branch ? { value: ref.branch } : "not a branch";
      if (rule.attrs.event === "tag") return ref.tag ? { value: ref.tag } : "not a tag";
      return ref.prNumber !== void 0 ? { value: String(ref.prNumber), defaultPrefix: "pr-" } : "not a pull request";
    case "sha":
      if (!event.sha) return "no commit sha";
      return { value: rule.attrs.format === "long" ? event.sha : event.sha.slice(0, 7), defaultPrefix: "sha-" };
    case "raw":
      return { value: evaluate(rule.attrs.value, values, ctx.now) };
    case "schedule":
      return event.eventName === "schedule" ? { value: evaluate(rule.attrs.pattern ?? "nightly", values, ctx.now) } : "not a schedule event";
    case "edge": {
      const branch = rule.attrs.branch ?? ref.defaultBranch;
      return ref.branch && ref.branch === branch ? { value: "edge" } : `not a push to ${branch ?? "the default branch"}`;
    }
  }
}
function enabled(rule, values, now) {
  const value = evaluate(rule.enable, values, now).trim();
  if (value === "true" || value === "false") return value === "true";
  throw ConfigError.single("tags", `rule '${rule.text}': enable must evaluate to true or false, got '${value}'`);
}
function generateTags(rules, flavor, ctx) {
  const ref = refInfo(ctx.event);
  const values = contextValues(ctx.event, ref);
  const found = [];
  const skipped = [];
  let releaseTagged = false;
  for (const rule of rules) {
    if (!enabled(rule, values, ctx.now)) {
      skipped.push(`${rule.text}: disabled`);
      continue;
    }
    const produced = produce(rule, ctx, ref, values);
    if (typeof produced === "string") {
      skipped.push(`${rule.text}: ${produced}`);
      continue;
    }
    const prefix = rule.attrs.prefix !== void 0 ? evaluate(rule.attrs.prefix, values, ctx.now) : produced.defaultPrefix ?? evaluate(flavor.prefix, values, ctx.now);
    const suffix = rule.attrs.suffix !== void 0 ? evaluate(rule.attrs.suffix, values, ctx.now) : evaluate(flavor.suffix, values, ctx.now);
    const tag = sanitizeTag(`${prefix}${produced.value}${suffix}`);
    if (!tag) {
      skipped.push(`${rule.text}: empty tag`);
      continue;
    }
    found.push({ tag, rule: rule.text, priority: rule.priority });
    releaseTagged ||= Boolean(produced.releaseTag);
  }
  const wantLatest = flavor.latest === "true" || flavor.latest === "auto" && releaseTagged;
  if (wantLatest && ctx.version.prerelease) skipped.push("latest: prereleases never move latest");
  else if (wantLatest) {
    const tag = `${flavor.prefixOnLatest ? flavor.prefix : ""}latest${flavor.suffixOnLatest ? flavor.suffix : ""}`;
    found.push({
      tag: sanitizeTag(evaluate(tag, values, ctx.now)),
      rule: `flavor latest=${flavor.latest}`,
      priority: 0
    });
  }
  return { tags: unique(found), skipped };
}
function unique(tags) {
  const best = /* @__PURE__ */ new Map();
  for (const tag of tags) if ((best.get(tag.tag)?.priority ?? -1) < tag.priority) best.set(tag.tag, tag);
  return [...best.values()].sort((a, b) => b.priority - a.priority);
}

// src/core/tags/images.ts
var IMAGE = /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function hasRegistryHost(image) {
  const first = image.split("/")[0];
  return image.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
}
function checkRegistry(registry) {
  if (!registry) return;
  const scheme = registry.match(/^([a-z][a-z0-9+.-]*):\/\//i);
  if (scheme)
    throw ConfigError.single(
      "registry",
      `must be a registry host such as ghcr.io, without ${scheme[1]}://, got '${registry}' (write '${registry.slice(scheme[0].length).replace(/\/+$/, "")}')`
    );
  if (!/^[a-zA-Z0-9.-]+(?::\d+)?(?:\/[a-z0-9._-]+)*\/?$/.test(registry))
    throw ConfigError.single("registry", `must be a registry host such as ghcr.io or registry:5000, got '${registry}'`);
}
function qualifyImages(images, registry, input = "images") {
  checkRegistry(registry);
  const problems = [];
  const result = images.map((given) => {
    const image = given.toLowerCase();
    const full = registry && !hasRegistryHost(image) ? `${registry.replace(/\/+$/, "")}/${image}` : image;
    const path = hasRegistryHost(full) ? full.slice(full.indexOf("/") + 1) : full;
    if (/[:@]/.test(path)) {
      problems.push({
        input,
        message: `'${image}' must be a name without tag or digest (tags come from the tags input), for example ghcr.io/org/app`
      });
    } else if (!IMAGE.test(full)) {
      problems.push({
        input,
        message: `'${image}' is not a valid image name: lowercase letters, digits and . _ - separated by /, for example ghcr.io/org/app`
      });
    }
    return full;
  });
  if (images.length === 0)
    problems.push({ input, message: "needs at least one image name, for example ghcr.io/org/app" });
  if (problems.length) throw new ConfigError(problems);
  return result;
}
function imageRefs(images, tags) {
  return images.flatMap((image) => tags.map((tag) => `${image}:${tag}`));
}

// src/core/tags/rules.ts
var RULE_TYPES = ["semver", "ref", "sha", "raw", "match", "schedule", "edge"];
var DEFAULT_PRIORITY = {
  schedule: 1e3,
  semver: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100
};
var COMMON = ["enable", "priority", "prefix", "suffix"];
var ATTRIBUTES = {
  semver: ["pattern", "value"],
  match: ["pattern", "group", "value"],
  ref: ["event"],
  sha: ["format"],
  raw: ["value"],
  schedule: ["pattern"],
  edge: ["branch"]
};
var DEFAULT_RULES = [
  "type=schedule",
  "type=ref,event=branch",
  "type=ref,event=pr",
  "type=semver,pattern={{version}}",
  "type=sha"
];
function csvFields(line) {
  const fields = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|((?:[^,"]+|"[^"]*")*))\s*(?:,|$)/y;
  while (pattern.lastIndex < line.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(line);
    if (!match || pattern.lastIndex === start) return void 0;
    fields.push(match[1] !== void 0 ? match[1].replaceAll('""', '"') : match[2]);
  }
  return fields.map((field) => field.trim()).filter((field) => field !== "");
}
function splitAttributes(line) {
  const fields = csvFields(line);
  if (!fields) return { pairs: [], problem: "has an unclosed double quote" };
  const pairs = fields.map((field) => {
    const at = field.indexOf("=");
    if (at <= 0) return ["value", field.replace(/^"(.*)"$/, "$1")];
    const value = field.slice(at + 1).trim();
    return [field.slice(0, at).trim().toLowerCase(), value.replace(/^"(.*)"$/, "$1")];
  });
  return { pairs };
}
function checkRule(type, attrs) {
  const problems = [];
  const known = [...COMMON, "type", ...ATTRIBUTES[type]];
  for (const key of Object.keys(attrs))
    if (!known.includes(key))
      problems.push(
        `unknown attribute '${key}' for type=${type}; valid: ${known.filter((k) => k !== "type").join(", ")}`
      );
  if ((type === "semver" || type === "match") && !attrs.pattern)
    problems.push(
      `type=${type} needs pattern=, for example ${type === "semver" ? "pattern={{version}}" : "pattern=v(\\d+\\.\\d+)"}`
    );
  if (type === "raw" && attrs.value === void 0) problems.push("type=raw needs value=, for example value=stable");
  if (type === "ref" && !["branch", "tag", "pr"].includes(attrs.event ?? ""))
    problems.push(`type=ref needs event=branch, event=tag or event=pr, got '${attrs.event ?? ""}'`);
  if (type === "sha" && attrs.format !== void 0 && !["short", "long"].includes(attrs.format))
    problems.push(`format must be short or long, got '${attrs.format}'`);
  if (attrs.priority !== void 0 && !/^\d+$/.test(attrs.priority))
    problems.push(`priority must be a whole number, got '${attrs.priority}'`);
  if (attrs.group !== void 0 && !/^\d+$/.test(attrs.group))
    problems.push(`group must be a capture group number, got '${attrs.group}'`);
  if (type === "semver" && attrs.pattern && !SEMVER_NAMES.some((n) => attrs.pattern.includes(`{{${n}}}`)))
    problems.push("a semver pattern needs {{version}}, {{major}}, {{minor}}, {{patch}} or {{raw}}");
  if (type === "match" && attrs.pattern) {
    try {
      new RegExp(attrs.pattern);
    } catch (error) {
      problems.push(`pattern is not a valid regular expression: ${error.message}`);
    }
  }
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "pattern" && type === "match") continue;
    const allowed = key === "pattern" && type === "semver" ? [...CONTEXT_NAMES, ...SEMVER_NAMES] : CONTEXT_NAMES;
    problems.push(...expressionProblems(value, allowed).map((p) => `${key}: ${p}`));
  }
  return problems;
}
function parseRule(line) {
  const { pairs, problem } = splitAttributes(line);
  if (problem) return [`${problem}; a rule looks like type=semver,pattern={{version}}`];
  const attrs = Object.fromEntries(pairs);
  attrs.type ??= "raw";
  const type = attrs.type;
  if (!RULE_TYPES.includes(type)) return [`type must be one of ${RULE_TYPES.join(", ")}, got '${attrs.type ?? ""}'`];
  const problems = checkRule(type, attrs);
  if (problems.length) return problems;
  const priority = attrs.priority !== void 0 ? Number(attrs.priority) : DEFAULT_PRIORITY[type];
  return { type, text: line, attrs, enable: attrs.enable ?? "true", priority };
}
function parseRules(raw, input = "tags") {
  const lines = splitList(raw, true);
  const rules = [];
  const problems = [];
  for (const line of lines.length ? lines : DEFAULT_RULES) {
    const parsed = parseRule(line);
    if (Array.isArray(parsed))
      problems.push(...parsed.map((message) => ({ input, message: `rule '${line}': ${message}` })));
    else rules.push(parsed);
  }
  if (problems.length) throw new ConfigError(problems);
  return rules;
}

// src/core/tags/plan.ts
function planImage(inputs) {
  const version = resolveVersion(inputs.event, { version: inputs.version, match: inputs.match });
  const rules = parseRules(inputs.tags ?? "");
  const flavor = parseFlavor(inputs.flavor ?? "");
  const images = qualifyImages(inputs.images, inputs.registry || void 0);
  const { tags, skipped } = generateTags(rules, flavor, { event: inputs.event, version, now: inputs.now });
  const labels = buildLabels({ event: inputs.event, version, now: inputs.now }, inputs.labels ?? []);
  return {
    images,
    version,
    tags,
    refs: imageRefs(
      images,
      tags.map((t) => t.tag)
    ),
    labels,
    skipped
  };
}

export {
  planImage
};
