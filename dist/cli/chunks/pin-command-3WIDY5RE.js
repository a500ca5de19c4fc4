#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  EXIT,
  SUMMARIES,
  parseCommandFlags
} from "./chunk-BVZ2AC2N.js";
import {
  require_semver
} from "./chunk-3VNZJGGW.js";
import {
  __toESM
} from "./chunk-EORTFFLD.js";

// src/cli/pin-command.ts
import { resolve } from "node:path";

// src/core/pin/pin.ts
import { existsSync, readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";

// src/core/pin/refs.ts
var SHA_PATTERN = /^[0-9a-f]{40}$/;
var USES_LINE = /^(\s*(?:-\s+)?uses:\s*)(['"]?)([^'"\s#]+)\2(\s*#\s*(.*))?\s*$/;
function isExempt(value) {
  return value.startsWith("./") || value.startsWith("../") || value.startsWith("docker://") || value.startsWith("$/");
}
function parseUses(value) {
  const match = value.match(/^([\w.-]+)\/([\w.-]+)((?:\/[^@]+)?)@(.+)$/);
  if (!match) return void 0;
  return { owner: match[1], repo: match[2], path: match[3], ref: match[4] };
}
function findRefs(file, text) {
  const refs = [];
  text.split("\n").forEach((line, index) => {
    const match = line.match(USES_LINE);
    if (!match || isExempt(match[3])) return;
    const parsed = parseUses(match[3]);
    if (parsed) refs.push({ file, line: index + 1, value: match[3], ...parsed, comment: match[5]?.trim() });
  });
  return refs;
}
var isPinned = (ref) => SHA_PATTERN.test(ref.ref);
function rewriteLines(text, replacements) {
  return text.split("\n").map((line, index) => {
    const next = replacements.get(index + 1);
    const match = next && line.match(USES_LINE);
    if (!next || !match) return line;
    const parsed = parseUses(match[3]);
    return `${match[1]}${match[2]}${parsed.owner}/${parsed.repo}${parsed.path}@${next.sha}${match[2]} # ${next.version}`;
  }).join("\n");
}

// src/core/pin/resolve.ts
var import_semver = __toESM(require_semver(), 1);
function parseLsRemote(output) {
  return output.split("\n").map((line) => line.trim().split(/\s+/)).filter((parts) => parts.length === 2 && /^[0-9a-f]{40}$/.test(parts[0])).map(([sha, name]) => ({ sha, name }));
}
function tagCommits(refs) {
  const tags = /* @__PURE__ */ new Map();
  for (const { sha, name } of refs) {
    if (!name.startsWith("refs/tags/")) continue;
    const tag = name.slice("refs/tags/".length);
    if (tag.endsWith("^{}")) tags.set(tag.slice(0, -3), sha);
    else if (!tags.has(tag)) tags.set(tag, sha);
  }
  return tags;
}
function resolveRef(refs, ref) {
  const tags = tagCommits(refs);
  const sha = tags.get(ref) ?? refs.find((r) => r.name === `refs/heads/${ref}`)?.sha;
  if (!sha) return void 0;
  const precise = [...tags].filter(
    ([tag, commit]) => commit === sha && import_semver.default.valid(tag.replace(/^v/, "")) && !import_semver.default.prerelease(tag.replace(/^v/, ""))
  ).map(([tag]) => tag).sort((a, b) => import_semver.default.rcompare(a.replace(/^v/, ""), b.replace(/^v/, "")));
  return { sha, version: precise[0] ?? ref };
}
function remoteUrl(template, owner, repo) {
  return template.replaceAll("{owner}", owner).replaceAll("{repo}", repo);
}
var DEFAULT_URL_TEMPLATE = "https://github.com/{owner}/{repo}.git";

// src/core/pin/pin.ts
function pinTargets(root) {
  const files = [];
  const yaml = (name) => /\.ya?ml$/.test(name);
  const workflows = join(root, ".github", "workflows");
  if (existsSync(workflows))
    files.push(
      ...readdirSync(workflows).filter(yaml).sort().map((f) => join(workflows, f))
    );
  for (const name of ["action.yml", "action.yaml"]) if (existsSync(join(root, name))) files.push(join(root, name));
  const actions = join(root, "actions");
  if (existsSync(actions)) {
    for (const dir of readdirSync(actions).sort()) {
      for (const name of ["action.yml", "action.yaml"])
        if (existsSync(join(actions, dir, name))) files.push(join(actions, dir, name));
    }
  }
  return files;
}
async function scan(root) {
  const files = pinTargets(root);
  const refs = [];
  for (const file of files) refs.push(...findRefs(relative(root, file), await readFile(file, "utf8")));
  return { files, refs, unpinned: refs.filter((r) => !isPinned(r)) };
}
async function resolveAll(unpinned, lsRemote, urlTemplate) {
  const cache = /* @__PURE__ */ new Map();
  const changes = [];
  const problems = [];
  for (const ref of unpinned) {
    const url = remoteUrl(urlTemplate, ref.owner, ref.repo);
    if (!cache.has(url)) cache.set(url, lsRemote(url));
    try {
      const resolution = resolveRef(await cache.get(url), ref.ref);
      if (resolution) changes.push({ ref, resolution });
      else problems.push({ ref, message: `no tag or branch '${ref.ref}' in ${ref.owner}/${ref.repo}` });
    } catch (error) {
      problems.push({
        ref,
        message: `cannot list ${ref.owner}/${ref.repo}: ${error.message.split("\n")[0]}`
      });
    }
  }
  return [changes, problems];
}
async function pin(root, lsRemote, urlTemplate) {
  const scanned = await scan(root);
  const [changes, problems] = await resolveAll(scanned.unpinned, lsRemote, urlTemplate);
  const failedFiles = new Set(problems.map((p) => p.ref.file));
  const applied = changes.filter((c) => !failedFiles.has(c.ref.file));
  for (const file of new Set(applied.map((c) => c.ref.file))) {
    const path = join(root, file);
    const lines = new Map(applied.filter((c) => c.ref.file === file).map((c) => [c.ref.line, c.resolution]));
    await writeFile(path, rewriteLines(await readFile(path, "utf8"), lines));
  }
  return { ...scanned, changed: applied, problems };
}

// src/clients/git-ls-remote.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var gitLsRemote = async (url) => {
  const { stdout } = await run("git", ["ls-remote", "--tags", "--heads", url], {
    timeout: 6e4,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
  });
  return parseLsRemote(stdout);
};

// src/cli/pin-command.ts
var USAGE = `deploy-kit pin [--check] [--dir DIR] [--url-template TEMPLATE]
  Rewrites uses: references in .github/workflows/*.yml, action.yml and actions/*/action.yml
  to full commit SHAs with a '# vX.Y.Z' comment, resolving tags with git ls-remote.
  --check          change nothing; list every unpinned reference and exit 1 if there is one
  --dir DIR        repository root (default: the current directory)
  --url-template   where repositories live (default: ${DEFAULT_URL_TEMPLATE}; {owner} and {repo} are replaced)
  Local paths (./), docker:// images and self-repository references ($/) are left alone.`;
var at = (r) => `${r.file}:${r.line}`;
var pinCommand = {
  name: "pin",
  summary: SUMMARIES.pin,
  usage: () => USAGE,
  async run(argv, io) {
    const flags = parseCommandFlags(
      "pin",
      argv,
      { valid: ["check", "dir", "url-template"], booleans: ["check"], usage: USAGE },
      io
    );
    if (typeof flags === "number") return flags;
    const template = flags["url-template"] ?? DEFAULT_URL_TEMPLATE;
    if (!template.includes("{owner}") || !template.includes("{repo}")) {
      io.stderr.write(`deploy-kit pin: --url-template must contain {owner} and {repo}, got '${template}'
`);
      return EXIT.config;
    }
    const root = resolve(flags.dir ?? ".");
    if (flags.check) {
      const result2 = await scan(root);
      for (const r of result2.unpinned) io.stdout.write(`${at(r)}: ${r.value} is not pinned to a commit SHA
`);
      io.stdout.write(
        `${result2.refs.length} references in ${result2.files.length} files, ${result2.unpinned.length} unpinned
`
      );
      return result2.unpinned.length ? EXIT.failed : EXIT.ok;
    }
    const result = await pin(root, gitLsRemote, template);
    for (const c of result.changed)
      io.stdout.write(`${at(c.ref)}: ${c.ref.value} -> ${c.resolution.sha} # ${c.resolution.version}
`);
    for (const p of result.problems) io.stderr.write(`${at(p.ref)}: ${p.ref.value}: ${p.message}
`);
    io.stdout.write(
      `${result.changed.length} pinned, ${result.refs.length - result.unpinned.length} already pinned, ${result.problems.length} unresolved
`
    );
    return result.problems.length ? EXIT.failed : EXIT.ok;
  }
};
export {
  pinCommand
};
