#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  createOctokit
} from "./chunk-B4FJAGZT.js";
import {
  heading,
  runAction
} from "./chunk-LNGQDQGR.js";
import {
  text
} from "./chunk-MKPTSRCZ.js";
import "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TTMFTJT2.js";
import {
  ConfigError,
  describeError
} from "./chunk-TLPLIUBF.js";
import "./chunk-EORTFFLD.js";

// src/actions/perf-baseline/main.ts
import { writeFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";

// src/clients/github/zip.ts
import { inflateRawSync } from "node:zlib";
var MAX_ENTRY_BYTES = 64 << 20;
var EOCD_SIGNATURE = 101010256;
var CENTRAL_SIGNATURE = 33639248;
var LOCAL_SIGNATURE = 67324752;
function endOfCentralDirectory(zip) {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65535); at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new Error("not a zip archive (no end of central directory)");
}
function entries(zip) {
  const eocd = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const found = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error("corrupt zip archive (central directory)");
    const nameLength = zip.readUInt16LE(at + 28);
    found.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength)
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return found;
}
function readZipEntry(zip, name) {
  const entry = entries(zip).find((e) => e.name === name || e.name.endsWith(`/${name}`));
  if (!entry) return void 0;
  if (entry.size > MAX_ENTRY_BYTES) throw new Error(`${name} in the archive is larger than ${MAX_ENTRY_BYTES} bytes`);
  const at = entry.localOffset;
  if (zip.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new Error("corrupt zip archive (local header)");
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  throw new Error(`${name} uses zip compression method ${entry.method}; only stored and deflate are read`);
}

// src/clients/github/artifacts.ts
async function findLatestArtifact(octokit, repository, name, excludeRunId) {
  const { data } = await octokit.rest.actions.listArtifactsForRepo({ ...repository, name, per_page: 50 });
  const candidates = data.artifacts.filter((a) => a.name === name && !a.expired && a.workflow_run?.id !== excludeRunId).sort((a, b) => (b.created_at ?? "").localeCompare(a.created_at ?? ""));
  const hit = candidates[0];
  return hit ? {
    id: hit.id,
    name: hit.name,
    runId: hit.workflow_run?.id,
    createdAt: hit.created_at ?? void 0,
    headSha: hit.workflow_run?.head_sha
  } : void 0;
}
async function readArtifactFile(octokit, repository, artifactId, file) {
  const response = await octokit.rest.actions.downloadArtifact({
    ...repository,
    artifact_id: artifactId,
    archive_format: "zip"
  });
  return readZipEntry(Buffer.from(response.data), file);
}

// src/actions/perf-baseline/inputs.ts
var inputs = {
  environment: text({ required: true }),
  artifact: text({ default: "" }),
  file: text({ default: "perf-report.json" }),
  path: text({ default: "perf-baseline.json" }),
  "github-token": text({ default: "${{ github.token }}", secret: true })
};

// src/actions/perf-baseline/summary.ts
function renderSummary(result) {
  if (!result.path)
    return `${heading("Perf baseline: none", 3)}${result.note ?? ""}; the perf gate runs without a baseline.
`;
  const run2 = result.runUrl ? `[run ${result.from?.runId}](${result.runUrl})` : `run ${result.from?.runId ?? "?"}`;
  const when = result.from?.createdAt ? ` of ${result.from.createdAt}` : "";
  const commit = result.from?.headSha ? ` (commit \`${result.from.headSha.slice(0, 7)}\`)` : "";
  return `${heading("Perf baseline", 3)}The perf report of the last successful release, ${run2}${when}${commit}, artifact \`${result.artifact}\`.
`;
}

// src/actions/perf-baseline/main.ts
var baselineArtifactName = (environment) => `deploy-kit-${environment}-baseline`;
function repositoryOf(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw ConfigError.single(
      "environment",
      "needs GITHUB_REPOSITORY (owner/repo) in the environment, as the runner sets it"
    );
  return { owner, repo };
}
var runUrl = (env, runId) => runId && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${runId}` : void 0;
async function fetchBaseline(inputs2, runtime, name) {
  const repository = repositoryOf(runtime.env);
  const token = inputs2["github-token"];
  if (!token || token.startsWith("${{"))
    throw ConfigError.single(
      "github-token",
      "is empty; give a token with actions: read (the default is the job token)"
    );
  const octokit = createOctokit(token, runtime.env.GITHUB_API_URL);
  const thisRun = Number(runtime.env.GITHUB_RUN_ID) || void 0;
  const artifact = await findLatestArtifact(octokit, repository, name, thisRun);
  if (!artifact)
    return {
      artifact: name,
      note: `no earlier successful release of '${inputs2.environment}' left a '${name}' artifact`
    };
  const content = await readArtifactFile(octokit, repository, artifact.id, inputs2.file);
  if (!content) return { artifact: name, from: artifact, note: `artifact ${artifact.id} has no ${inputs2.file}` };
  const path = isAbsolute(inputs2.path) ? inputs2.path : join(runtime.cwd, inputs2.path);
  JSON.parse(content.toString("utf8"));
  await writeFile(path, content);
  return { artifact: name, from: artifact, path: inputs2.path, runUrl: runUrl(runtime.env, artifact.runId) };
}
async function execute(inputs2, runtime) {
  const name = inputs2.artifact || baselineArtifactName(inputs2.environment);
  let result;
  try {
    result = await fetchBaseline(inputs2, runtime, name);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    result = { artifact: name, note: `could not fetch the baseline: ${describeError(error)}` };
  }
  if (result.path)
    runtime.info(`baseline: ${inputs2.file} of run ${result.from?.runId ?? "?"} (${result.runUrl ?? name})`);
  else runtime.warning(`running without a perf baseline: ${result.note}`);
  return result;
}
var definition = {
  name: "perf-baseline",
  inputs,
  execute,
  outputs: (r) => ({ path: r.path ?? "", "run-id": r.from?.runId ?? "", "run-url": r.runUrl ?? "" }),
  summary: renderSummary,
  failure: () => void 0
};
var run = (runtime) => runAction(definition, runtime);
export {
  baselineArtifactName,
  definition,
  run
};
