#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
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

// src/core/version/event.ts
var get = (value, ...path) => path.reduce(
  (at, key) => at && typeof at === "object" ? at[key] : void 0,
  value
);
function eventContextFromEnv(env, payload = {}) {
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    ref: env.GITHUB_REF ?? "",
    sha: env.GITHUB_SHA ?? "",
    payload,
    headRef: env.GITHUB_HEAD_REF || void 0,
    baseRef: env.GITHUB_BASE_REF || void 0,
    repository: env.GITHUB_REPOSITORY || void 0,
    serverUrl: env.GITHUB_SERVER_URL || void 0
  };
}
function refInfo(event) {
  const defaultBranch = stringAt(event.payload, "repository", "default_branch");
  const branch = event.ref.startsWith("refs/heads/") ? event.ref.slice("refs/heads/".length) : void 0;
  let tag = event.ref.startsWith("refs/tags/") ? event.ref.slice("refs/tags/".length) : void 0;
  if (!tag && event.eventName === "release") tag = stringAt(event.payload, "release", "tag_name");
  const pr = event.ref.match(/^refs\/pull\/(\d+)\//);
  const prFromPayload = get(event.payload, "pull_request", "number") ?? get(event.payload, "number");
  const prNumber = pr ? Number(pr[1]) : typeof prFromPayload === "number" && event.eventName.startsWith("pull_request") ? prFromPayload : void 0;
  return {
    branch,
    tag,
    prNumber,
    defaultBranch,
    isDefaultBranch: Boolean(branch && defaultBranch && branch === defaultBranch)
  };
}
function stringAt(payload, ...path) {
  const value = get(payload, ...path);
  return typeof value === "string" && value !== "" ? value : void 0;
}
function flagAt(payload, ...path) {
  return get(payload, ...path) === true;
}

// src/core/version/resolve.ts
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

// src/actions/build-and-push/event.ts
import { readFile } from "node:fs/promises";
async function readEventContext(env) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { event: eventContextFromEnv(env) };
  try {
    const payload = JSON.parse(await readFile(path, "utf8"));
    const object = payload && typeof payload === "object" && !Array.isArray(payload) ? payload : {};
    return { event: eventContextFromEnv(env, object) };
  } catch (error) {
    return {
      event: eventContextFromEnv(env),
      warning: `could not read the event payload at ${path}: ${error.message}`
    };
  }
}

export {
  refInfo,
  stringAt,
  parseSemver,
  resolveVersion,
  sanitizeTag,
  readEventContext
};
