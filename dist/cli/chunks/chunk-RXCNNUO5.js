#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/actions/shared/event.ts
import { readFile } from "node:fs/promises";

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
var DEFAULT_BRANCH_EVENTS = /^(schedule|discussion|discussion_comment|issues|issue_comment)$/;
function effectiveRef(event) {
  if (event.eventName !== "pull_request_target") return event.ref;
  const number = get(event.payload, "number") ?? get(event.payload, "pull_request", "number");
  return typeof number === "number" ? `refs/pull/${number}/merge` : "";
}
function baseRefOf(event, ref, isPull) {
  if (ref.startsWith("refs/tags/"))
    return stringAt(event.payload, "base_ref")?.replace(/^refs\/heads\//, "") ?? (event.baseRef || void 0);
  if (isPull) return event.baseRef || stringAt(event.payload, "pull_request", "base", "ref");
  return event.baseRef || void 0;
}
function refInfo(event) {
  const ref = effectiveRef(event);
  const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
  let tag = ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : void 0;
  if (!tag && event.eventName === "release") tag = stringAt(event.payload, "release", "tag_name");
  const pr = ref.match(/^refs\/pull\/(\d+)\//);
  const prFromPayload = get(event.payload, "pull_request", "number") ?? get(event.payload, "number");
  const prNumber = pr ? Number(pr[1]) : typeof prFromPayload === "number" && event.eventName.startsWith("pull_request") ? prFromPayload : void 0;
  const onDefault = Boolean(branch && DEFAULT_BRANCH_EVENTS.test(event.eventName));
  const defaultBranch = stringAt(event.payload, "repository", "default_branch") ?? (onDefault ? branch : void 0);
  return {
    branch,
    tag,
    prNumber,
    defaultBranch,
    isDefaultBranch: Boolean(branch && (branch === defaultBranch || onDefault)),
    baseRef: baseRefOf(event, ref, prNumber !== void 0)
  };
}
function stringAt(payload, ...path) {
  const value = get(payload, ...path);
  return typeof value === "string" && value !== "" ? value : void 0;
}
function flagAt(payload, ...path) {
  return get(payload, ...path) === true;
}

// src/actions/shared/event.ts
async function readEventPayload(env) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { payload: {} };
  try {
    const payload = JSON.parse(await readFile(path, "utf8"));
    if (payload && typeof payload === "object" && !Array.isArray(payload))
      return { payload };
    return { payload: {}, warning: `the event payload at ${path} is not a JSON object` };
  } catch (error) {
    return { payload: {}, warning: `could not read the event payload at ${path}: ${error.message}` };
  }
}
async function readEventContext(env) {
  const { payload, warning } = await readEventPayload(env);
  return { event: eventContextFromEnv(env, payload), warning };
}

export {
  refInfo,
  stringAt,
  flagAt,
  readEventPayload,
  readEventContext
};
