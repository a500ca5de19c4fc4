#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  flagAt,
  refInfo
} from "./chunk-RXCNNUO5.js";
import {
  require_semver
} from "./chunk-3VNZJGGW.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";
import {
  __toESM
} from "./chunk-EORTFFLD.js";

// src/core/version/resolve.ts
var import_semver = __toESM(require_semver(), 1);
function compileMatch(pattern, input = "match") {
  if (!pattern) return void 0;
  try {
    return new RegExp(pattern);
  } catch (error) {
    throw ConfigError.single(
      input,
      `is not a valid regular expression (${error.message}); example: app/v(.*)`
    );
  }
}
function parseSemver(text) {
  const parsed = import_semver.default.parse(text.replace(/^v(?=\d)/i, ""));
  if (!parsed) return void 0;
  return { major: parsed.major, minor: parsed.minor, patch: parsed.patch, prerelease: parsed.prerelease.join(".") };
}
function fromText(raw, source, githubPrerelease) {
  const parts = parseSemver(raw);
  const version = parts ? raw.replace(/^v(?=\d)/i, "") : raw;
  const prerelease = githubPrerelease || Boolean(parts?.prerelease);
  return { version, raw, source, semver: parts, prerelease, isRelease: true };
}
function applyMatch(tag, pattern, input = "match") {
  if (!pattern) return tag;
  const found = tag.match(pattern);
  if (!found)
    throw ConfigError.single(
      input,
      `pattern '${pattern.source}' does not match the tag '${tag}'; fix the pattern or the tag (example: app/v(.*) for app/v1.2.3)`
    );
  return found[1] ?? found[0];
}
function resolveVersion(event, options = {}) {
  const explicit = options.version?.trim();
  if (explicit) return fromText(explicit, "input", false);
  const pattern = compileMatch(options.match);
  const ref = refInfo(event);
  if (ref.tag) {
    const isRelease = event.eventName === "release";
    return fromText(
      applyMatch(ref.tag, pattern),
      isRelease ? "release" : "tag",
      isRelease && flagAt(event.payload, "release", "prerelease")
    );
  }
  const nonRelease = (version, source) => ({
    version,
    raw: version,
    source,
    prerelease: false,
    isRelease: false
  });
  if (ref.branch) return nonRelease(sanitizeTag(ref.branch), "branch");
  if (ref.prNumber !== void 0) return nonRelease(`pr-${ref.prNumber}`, "pull-request");
  if (event.sha) return nonRelease(`sha-${event.sha.slice(0, 7)}`, "sha");
  throw ConfigError.single(
    "version",
    "no version could be resolved: the event has no tag, branch, pull request or commit; set the version input (for example 1.2.3)"
  );
}
function sanitizeTag(tag) {
  return tag.replace(/[^a-zA-Z0-9._-]+/g, "-").replace(/^[.-]+/, "").slice(0, 128);
}

export {
  parseSemver,
  resolveVersion,
  sanitizeTag
};
