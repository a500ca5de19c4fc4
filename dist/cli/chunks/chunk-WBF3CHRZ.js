#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  planImage
} from "./chunk-4K6QMQV5.js";
import {
  readEventContext
} from "./chunk-RXCNNUO5.js";
import {
  codeBlock,
  details,
  heading,
  runAction,
  table
} from "./chunk-LNGQDQGR.js";
import {
  inWorkspace
} from "./chunk-K35DMT4Z.js";
import {
  bool,
  list,
  oneOf,
  pairs,
  text,
  usableToken
} from "./chunk-MKPTSRCZ.js";
import {
  ConfigError,
  DeployKitError
} from "./chunk-TLPLIUBF.js";

// src/actions/build-and-push/main.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { join as join4 } from "node:path";

// src/clients/container-engine-exec.ts
import { spawn } from "node:child_process";
var runProcess = (command, args, options = {}) => new Promise((resolve) => {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["pipe", "pipe", "pipe"]
  });
  let stdout = "";
  let stderr = "";
  let combined = "";
  let pending = "";
  const take = (chunk, which) => {
    const text2 = chunk.toString("utf8");
    if (which === "out") stdout += text2;
    else stderr += text2;
    combined += text2;
    if (!options.onLine) return;
    pending += text2;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? "";
    for (const line of lines) options.onLine(line);
  };
  child.stdout.on("data", (chunk) => take(chunk, "out"));
  child.stderr.on("data", (chunk) => take(chunk, "err"));
  child.stdin.on("error", () => void 0);
  child.stdin.end(options.stdin ?? "");
  child.on("error", (error) => {
    resolve({
      code: error.code === "ENOENT" ? 127 : 126,
      stdout,
      stderr: stderr + error.message,
      combined: combined + error.message
    });
  });
  child.on("close", (code) => {
    if (pending && options.onLine) options.onLine(pending);
    resolve({ code: code ?? 1, stdout, stderr, combined });
  });
});

// src/clients/container-engine-cli.ts
import { stripVTControlCharacters } from "node:util";

// src/clients/container-engine-errors.ts
var PATTERNS = [
  [
    "credentials",
    /unauthorized|authentication required|incorrect username or password|access denied|denied:|status: 401|403 forbidden/i
  ],
  ["unknown-registry", /no such host|name or service not known|server misbehaving|could not resolve/i],
  ["unreachable", /connection refused|network is unreachable|no route to host/i],
  [
    "transient",
    /i\/o timeout|timeout|timed out|connection reset|broken pipe|unexpected eof|\beof\b|toomanyrequests|too many requests|\b429\b|\b50[0234]\b|service unavailable|bad gateway|temporarily unavailable/i
  ]
];
function classifyRegistryFailure(text2) {
  return PATTERNS.find(([, pattern]) => pattern.test(text2))?.[0] ?? "other";
}
var RegistryError = class extends DeployKitError {
  failure;
  constructor(message, failure, details2 = {}) {
    super(message, { failure, ...details2 });
    this.name = "RegistryError";
    this.failure = failure;
  }
};
function registryMessage(action, registry, failure, detail) {
  const last = lastLine(detail);
  switch (failure) {
    case "credentials":
      return `${action}: registry ${registry} rejected the credentials (check the username and password inputs, and that the account may push there): ${last}`;
    case "unknown-registry":
      return `${action}: registry ${registry} is unknown (its host name does not resolve; check the registry and images inputs): ${last}`;
    case "unreachable":
      return `${action}: registry ${registry} is not reachable (nothing answers there; check the host and port): ${last}`;
    case "transient":
      return `${action}: registry ${registry} kept failing with a transient error: ${last}`;
    default:
      return `${action} failed: ${last}`;
  }
}
function lastLine(text2) {
  const lines = text2.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return (lines.at(-1) ?? "no output").slice(0, 500);
}
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetry(fn, options = {}) {
  const attempts = options.attempts ?? 3;
  const base = options.baseDelayMs ?? 1e3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const retryable = error instanceof RegistryError && (error.failure === "transient" || error.failure === "unreachable");
      if (!retryable || attempt >= attempts) throw error;
      const delay = base * 2 ** (attempt - 1);
      options.onRetry?.(attempt, error, delay);
      await (options.sleep ?? defaultSleep)(delay);
    }
  }
}

// src/clients/container-engine-types.ts
var BUILDERS = ["auto", "buildx", "docker", "podman", "buildah"];
var CAPABILITIES = {
  buildx: { platforms: true, cacheFrom: true, cacheTo: true, provenance: true, sbom: true },
  docker: { platforms: false, cacheFrom: true, cacheTo: false, provenance: false, sbom: false },
  podman: { platforms: false, cacheFrom: true, cacheTo: true, provenance: false, sbom: false },
  buildah: { platforms: false, cacheFrom: true, cacheTo: true, provenance: false, sbom: false }
};

// src/clients/container-engine-cli.ts
var BINARY = {
  docker: "docker",
  buildx: "docker",
  podman: "podman",
  buildah: "buildah"
};
var isLoopback = (registry) => /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(registry);
function commonBuildArgs(request2) {
  const args = ["--file", request2.file];
  for (const tag of request2.tags) args.push("--tag", tag);
  for (const [key, value] of Object.entries(request2.labels)) args.push("--label", `${key}=${value}`);
  for (const [key, value] of request2.buildArgs) args.push("--build-arg", `${key}=${value}`);
  if (request2.target) args.push("--target", request2.target);
  for (const cache of request2.cacheFrom) args.push("--cache-from", cache);
  if (request2.noCache) args.push("--no-cache");
  if (request2.pull) args.push("--pull");
  return args;
}
function failingStep(output) {
  const lines = output.split(/\r?\n/).filter((line) => line.trim() !== "");
  let at = -1;
  for (let i = lines.length - 1; i >= 0 && at < 0; i--)
    if (/^(Step \d+\/\d+ :|STEP \d+\/\d+:|#\d+ \[[^\]]*\d+\/\d+\])/.test(lines[i])) at = i;
  const from = at >= 0 ? lines.slice(at) : lines.slice(-20);
  return { step: at >= 0 ? lines[at].replace(/^#\d+\s+/, "") : void 0, excerpt: from.slice(-40).join("\n") };
}
function buildFailure(name, file, result) {
  const text2 = stripVTControlCharacters(result.combined);
  if (/cannot connect to the docker daemon|is the docker daemon running/i.test(text2)) {
    return new DeployKitError(`${name}: the docker daemon is not reachable: ${text2.trim().split("\n").at(-1)}`);
  }
  const { step, excerpt } = failingStep(text2);
  const where = step ? ` at '${step}'` : "";
  return new DeployKitError(`${name} build of ${file} failed${where} (exit ${result.code}):
${excerpt}`, {
    step,
    exitCode: result.code
  });
}
var CliEngine = class {
  constructor(name, deps) {
    this.name = name;
    this.deps = deps;
    this.capabilities = CAPABILITIES[name];
    this.binary = BINARY[name];
  }
  name;
  deps;
  capabilities;
  pushesDuringBuild = false;
  binary;
  tlsFlags(registry) {
    return this.binary !== "docker" && isLoopback(registry) ? ["--tls-verify=false"] : [];
  }
  async login(registry, username, password) {
    const args = ["login", ...this.tlsFlags(registry), "--username", username, "--password-stdin", registry];
    const result = await this.deps.run(this.binary, args, { stdin: password, env: this.deps.env });
    if (result.code === 0) return;
    const failure = classifyRegistryFailure(result.combined);
    throw new RegistryError(registryMessage(`login as ${username}`, registry, failure, result.combined), failure, {
      registry
    });
  }
  async logout(registry) {
    await this.deps.run(this.binary, ["logout", registry], { env: this.deps.env });
  }
  async build(request2) {
    const verb = this.name === "buildah" ? ["bud"] : ["build"];
    const args = [
      ...verb,
      ...commonBuildArgs(request2),
      ...request2.cacheTo.flatMap((c) => ["--cache-to", c]),
      request2.context
    ];
    const env = this.name === "docker" ? { ...this.deps.env, DOCKER_BUILDKIT: "0" } : this.deps.env;
    const result = await this.deps.run(this.binary, args, { env, onLine: this.deps.log });
    if (result.code !== 0) throw buildFailure(this.name, request2.file, result);
    const inspect = this.name === "buildah" ? ["inspect", "--type", "image", "--format", "{{.FromImageID}}"] : ["image", "inspect", "--format", "{{.Id}}"];
    const id = await this.deps.run(this.binary, [...inspect, request2.tags[0]], { env: this.deps.env });
    return { imageId: id.code === 0 ? id.stdout.trim() : "" };
  }
  async push(ref) {
    const registry = ref.split("/")[0];
    const result = await this.deps.run(this.binary, ["push", ...this.tlsFlags(registry), ref], {
      env: this.deps.env,
      onLine: this.deps.log
    });
    if (result.code === 0) return;
    const failure = classifyRegistryFailure(result.combined);
    throw new RegistryError(registryMessage(`push of ${ref}`, registry, failure, result.combined), failure, { ref });
  }
};

// src/clients/container-engine-buildx.ts
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var BuildxEngine = class extends CliEngine {
  pushesDuringBuild = true;
  constructor(deps) {
    super("buildx", deps);
  }
  async build(request2) {
    const dir = await mkdtemp(join(tmpdir(), "dk-buildx-"));
    const metadataFile = join(dir, "metadata.json");
    const args = [
      "buildx",
      "build",
      ...commonBuildArgs(request2),
      "--metadata-file",
      metadataFile,
      "--progress",
      "plain"
    ];
    if (request2.platforms.length) args.push("--platform", request2.platforms.join(","));
    for (const cache of request2.cacheTo) args.push("--cache-to", cache);
    if (request2.provenance) args.push(`--provenance=${request2.provenance}`);
    if (request2.sbom) args.push(`--sbom=${request2.sbom}`);
    if (request2.push) args.push("--push");
    else if (request2.platforms.length <= 1) args.push("--load");
    args.push(request2.context);
    try {
      const result = await this.deps.run("docker", args, { env: this.deps.env, onLine: this.deps.log });
      if (result.code !== 0) {
        const failure = classifyRegistryFailure(result.combined);
        const registry = request2.tags[0]?.split("/")[0] ?? "";
        if (request2.push && /failed to push|pushing|push access denied/i.test(result.combined) && failure !== "other") {
          throw new RegistryError(registryMessage("push", registry, failure, result.combined), failure, { registry });
        }
        throw buildFailure("buildx", request2.file, result);
      }
      const metadata = JSON.parse(await readFile(metadataFile, "utf8").catch(() => "{}"));
      return { imageId: metadata["containerimage.config.digest"] ?? metadata["containerimage.digest"] ?? "" };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
};

// src/clients/container-engine.ts
var isSet = (value) => Boolean(value && value !== "false");
function unsupportedOptions(name, request2) {
  const caps = CAPABILITIES[name];
  const asked = [
    ["platforms", "platforms", request2.platforms.length > 0],
    ["cacheFrom", "cache-from", request2.cacheFrom.length > 0],
    ["cacheTo", "cache-to", request2.cacheTo.length > 0],
    ["provenance", "provenance", isSet(request2.provenance)],
    ["sbom", "sbom", isSet(request2.sbom)]
  ];
  return asked.filter(([cap, , wanted]) => wanted && !caps[cap]).map(([, input]) => ({
    input,
    message: `the ${name} builder cannot honour it; use builder: buildx (install the docker buildx plugin, e.g. with docker/setup-buildx-action) or remove ${input}`
  }));
}
function create(name, deps) {
  return name === "buildx" ? new BuildxEngine(deps) : new CliEngine(name, deps);
}
async function available(name, run2) {
  const probe = {
    buildx: ["docker", ["buildx", "version"]],
    docker: ["docker", ["version", "--format", "{{.Server.Version}}"]],
    podman: ["podman", ["--version"]],
    buildah: ["buildah", ["--version"]]
  };
  const [command, args] = probe[name];
  const result = await run2(command, args);
  if (result.code === 0) return { ok: true, why: "" };
  const why = result.code === 127 ? `${command} is not installed` : result.combined.trim().split("\n").at(-1) ?? `exit ${result.code}`;
  return { ok: false, why };
}
async function selectEngine(choice, deps = {}) {
  const full = { run: deps.run ?? runProcess, log: deps.log ?? (() => void 0), env: deps.env ?? {} };
  const order = choice === "auto" ? ["buildx", "docker", "podman", "buildah"] : [choice];
  const reasons = [];
  for (const name of order) {
    const probe = await available(name, full.run);
    if (probe.ok) return create(name, full);
    reasons.push(`${name}: ${probe.why}`);
  }
  throw new DeployKitError(
    `no usable container builder (${reasons.join("; ")}); install docker (optionally with buildx), podman or buildah, or pick another builder`,
    { reasons }
  );
}

// src/clients/registry.ts
import { createHash } from "node:crypto";

// src/clients/registry-auth.ts
import { readFile as readFile2 } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
function parseChallenge(header) {
  if (!header) return void 0;
  const match = header.match(/^\s*(Basic|Bearer)\b\s*(.*)$/i);
  if (!match) return void 0;
  const params = {};
  for (const pair of match[2].matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) params[pair[1].toLowerCase()] = pair[2];
  return { scheme: match[1].toLowerCase(), params };
}
var basicHeader = (c) => `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`;
async function fetchToken(challenge, scope, credentials, doFetch) {
  const realm = challenge.params.realm;
  if (!realm) return void 0;
  const url = new URL(realm);
  if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
  url.searchParams.set("scope", challenge.params.scope ?? scope);
  const response = await doFetch(url, { headers: credentials ? { authorization: basicHeader(credentials) } : {} });
  if (!response.ok) return void 0;
  const body = await response.json();
  return body.token ?? body.access_token;
}
async function credentialsFromDockerConfig(registry, env) {
  const dir = env.DOCKER_CONFIG ?? join2(env.HOME ?? homedir(), ".docker");
  try {
    const config = JSON.parse(await readFile2(join2(dir, "config.json"), "utf8"));
    const keys = registry === "registry-1.docker.io" ? ["https://index.docker.io/v1/", "docker.io"] : [registry, `https://${registry}`, `http://${registry}`];
    const auth = keys.map((key) => config.auths?.[key]?.auth).find(Boolean);
    if (!auth) return void 0;
    const decoded = Buffer.from(auth, "base64").toString("utf8");
    const at = decoded.indexOf(":");
    return at > 0 ? { username: decoded.slice(0, at), password: decoded.slice(at + 1) } : void 0;
  } catch {
    return void 0;
  }
}

// src/clients/registry.ts
var MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json"
];
function parseReference(ref) {
  const at = ref.indexOf("@");
  const [name, reference] = at >= 0 ? [ref.slice(0, at), ref.slice(at + 1)] : (() => {
    const colon = ref.lastIndexOf(":");
    return colon > ref.lastIndexOf("/") ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, "latest"];
  })();
  const first = name.split("/")[0];
  const hasHost = name.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  if (hasHost) return { registry: first, repository: name.slice(first.length + 1), reference };
  return { registry: "docker.io", repository: name.includes("/") ? name : `library/${name}`, reference };
}
var apiHost = (registry) => registry === "docker.io" ? "registry-1.docker.io" : registry;
var scheme = (host) => /^(127\.\d+\.\d+\.\d+|localhost)(:\d+)?$/.test(host) ? "http" : "https";
var RegistryClient = class {
  constructor(options = {}) {
    this.options = options;
    this.doFetch = options.fetch ?? fetch;
  }
  options;
  doFetch;
  auth = /* @__PURE__ */ new Map();
  async request(image, path, init) {
    const host = apiHost(image.registry);
    const url = `${scheme(host)}://${host}/v2/${image.repository}/${path}`;
    const scope = `repository:${image.repository}:pull`;
    const send = () => this.doFetch(url, {
      ...init,
      headers: {
        ...init.headers,
        ...this.auth.has(host) ? { authorization: this.auth.get(host) } : {}
      }
    });
    const call = async () => {
      let response = await send().catch((error) => {
        throw networkError(image.registry, error);
      });
      if (response.status === 401) {
        const challenge = parseChallenge(response.headers.get("www-authenticate"));
        const creds = this.options.credentials;
        if (challenge?.scheme === "basic" && creds) this.auth.set(host, basicHeader(creds));
        if (challenge?.scheme === "bearer") {
          const token = await fetchToken(challenge, scope, creds, this.doFetch);
          if (token) this.auth.set(host, `Bearer ${token}`);
        }
        if (this.auth.has(host)) response = await send();
      }
      if (response.status === 401 || response.status === 403) {
        throw new RegistryError(
          `registry ${image.registry} refused to read ${image.repository} (HTTP ${response.status}); check the username and password inputs`,
          "credentials"
        );
      }
      if (response.status === 429 || response.status >= 500)
        throw new RegistryError(`registry ${image.registry} answered HTTP ${response.status}`, "transient");
      return response;
    };
    return withRetry(call, this.options.retry);
  }
  /** The digest a tag points at: HEAD with Docker-Content-Digest, else GET and hash the bytes. */
  async digest(ref) {
    const image = parseReference(ref);
    const head = await this.request(image, `manifests/${image.reference}`, {
      method: "HEAD",
      headers: { accept: MANIFEST_TYPES.join(", ") }
    });
    const header = head.headers.get("docker-content-digest");
    if (head.ok && header) return header;
    return (await this.manifest(ref)).digest;
  }
  async manifest(ref) {
    const image = parseReference(ref);
    const response = await this.request(image, `manifests/${image.reference}`, {
      headers: { accept: MANIFEST_TYPES.join(", ") }
    });
    if (!response.ok)
      throw new RegistryError(
        `registry ${image.registry} has no manifest for ${image.repository}:${image.reference} (HTTP ${response.status})`,
        "other"
      );
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = response.headers.get("docker-content-digest") ?? `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    const body = JSON.parse(bytes.toString("utf8"));
    return { digest, mediaType: String(body.mediaType ?? response.headers.get("content-type") ?? ""), body };
  }
  async blob(ref, digest) {
    const image = parseReference(ref);
    const response = await this.request(image, `blobs/${digest}`, {});
    if (!response.ok)
      throw new RegistryError(
        `registry ${image.registry} has no blob ${digest} in ${image.repository} (HTTP ${response.status})`,
        "other"
      );
    return Buffer.from(await response.arrayBuffer());
  }
  /** Compressed size (config + layers) of an image, summed over the platforms of an index. */
  async size(ref) {
    const { body } = await this.manifest(ref);
    const sizeOf = (m) => Number(m.config?.size ?? 0) + (m.layers ?? []).reduce((sum, l) => sum + l.size, 0);
    if (!Array.isArray(body.manifests)) return sizeOf(body);
    const image = parseReference(ref);
    let total = 0;
    for (const child of body.manifests)
      total += sizeOf((await this.manifest(`${image.registry}/${image.repository}@${child.digest}`)).body);
    return total;
  }
};
function networkError(registry, error) {
  const text2 = `${error.message} ${String(error.cause?.message ?? error.cause?.code ?? "")}`;
  if (/ENOTFOUND|EAI_AGAIN/.test(text2))
    return new RegistryError(`registry ${registry} is unknown (its host name does not resolve)`, "unknown-registry");
  if (/ECONNREFUSED/.test(text2))
    return new RegistryError(`registry ${registry} is not reachable (connection refused)`, "unreachable");
  return new RegistryError(`registry ${registry} request failed: ${text2.trim()}`, "transient");
}

// src/clients/container-engine-config.ts
import { copyFile, mkdtemp as mkdtemp2, rm as rm2, symlink } from "node:fs/promises";
import { existsSync } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { join as join3 } from "node:path";
async function createPrivateConfig(env, tempDir) {
  const base = env.DOCKER_CONFIG ?? join3(env.HOME ?? homedir2(), ".docker");
  const dir = await mkdtemp2(join3(tempDir, "dk-docker-config-"));
  if (existsSync(join3(base, "config.json"))) await copyFile(join3(base, "config.json"), join3(dir, "config.json"));
  for (const entry of ["cli-plugins", "buildx", "contexts"]) {
    if (existsSync(join3(base, entry))) await symlink(join3(base, entry), join3(dir, entry));
  }
  return {
    env: { DOCKER_CONFIG: dir, REGISTRY_AUTH_FILE: join3(dir, "auth.json") },
    cleanup: () => rm2(dir, { recursive: true, force: true })
  };
}

// src/actions/build-and-push/inputs.ts
var inputs = {
  context: text({ default: "." }),
  file: text(),
  images: list({ required: true }),
  tags: text(),
  flavor: text({ default: "latest=auto" }),
  labels: pairs({ separator: "=" }),
  "build-args": pairs({ separator: "=" }),
  target: text(),
  platforms: list(),
  push: bool({ default: "true" }),
  registry: text(),
  username: text(),
  password: text({ secret: true }),
  "github-token": text({ default: "${{ github.token }}", secret: true }),
  builder: oneOf(BUILDERS, { default: "auto" }),
  "cache-from": list({ newlineOnly: true }),
  "cache-to": list({ newlineOnly: true }),
  provenance: text(),
  sbom: text(),
  "no-cache": bool({ default: "false" }),
  pull: bool({ default: "false" }),
  version: text(),
  match: text()
};

// src/actions/build-and-push/publish.ts
async function credentialsFor(ref, ctx) {
  const { registry } = parseReference(ref);
  if (ctx.login && ctx.login.registry === registry) return ctx.login.credentials;
  return credentialsFromDockerConfig(registry === "docker.io" ? "registry-1.docker.io" : registry, ctx.runtime.env);
}
async function pushRefs(ctx) {
  const started = Date.now();
  if (ctx.engine.pushesDuringBuild) return 0;
  for (const ref of ctx.refs) {
    await ctx.runtime.group(
      `push ${ref}`,
      () => withRetry(() => ctx.engine.push(ref), {
        ...ctx.retry,
        onRetry: (attempt, error, delay) => ctx.runtime.warning(`push of ${ref} failed (attempt ${attempt}), retrying in ${delay}ms: ${error.message}`)
      })
    );
  }
  return Date.now() - started;
}
async function readBack(ctx) {
  const resolved = {};
  const digests = /* @__PURE__ */ new Map();
  for (const ref of ctx.refs) {
    const client = new RegistryClient({
      credentials: await credentialsFor(ref, ctx),
      retry: ctx.retry,
      fetch: ctx.fetch
    });
    resolved[ref] = await client.digest(ref);
    ctx.runtime.debug(`${ref} -> ${resolved[ref]}`);
    const image = ref.slice(0, ref.lastIndexOf(":"));
    const seen = digests.get(image);
    if (seen && seen !== resolved[ref]) {
      throw new DeployKitError(
        `the tags of ${image} point at different digests after the push (${seen} vs ${resolved[ref]} for ${ref}); another push raced this one`,
        { resolved }
      );
    }
    digests.set(image, resolved[ref]);
  }
  const first = ctx.refs[0];
  const digest = resolved[first];
  let sizeBytes;
  try {
    sizeBytes = await new RegistryClient({
      credentials: await credentialsFor(first, ctx),
      retry: ctx.retry,
      fetch: ctx.fetch
    }).size(`${first.slice(0, first.lastIndexOf(":"))}@${digest}`);
  } catch (error) {
    ctx.runtime.warning(`could not read the image size: ${error.message}`);
  }
  return { digest, resolved, sizeBytes };
}

// src/actions/build-and-push/summary.ts
function formatBytes(bytes) {
  if (bytes === void 0) return "unknown";
  const units = ["B", "KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
var seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
function renderSummary(r) {
  const v = r.plan.version;
  const overview = table(
    ["", ""],
    [
      ["Image", r.plan.images.join(", ")],
      ["Version", `${v.version} (${v.source}${v.prerelease ? ", prerelease" : ""})`],
      ["Digest", r.pushed ? r.digest : `${r.digest} (local image, not pushed)`],
      ["Deploy with", r.imageRef || "not pushed"],
      ["Size", r.pushed ? `${formatBytes(r.sizeBytes)} compressed` : "not pushed"],
      ["Build time", seconds(r.buildMs)],
      ["Push time", r.pushed ? seconds(r.pushMs) : "not pushed"],
      ["Builder", r.builder]
    ]
  );
  const tags = table(
    ["Tag", "Rule", "Priority"],
    r.plan.tags.map((t) => [t.tag, t.rule, t.priority])
  );
  const labels = codeBlock(
    Object.entries(r.plan.labels).map(([k, val]) => `${k}=${val}`).join("\n")
  );
  return `${heading(`build-and-push: ${r.pushed ? "pushed" : "built"} ${r.plan.images[0]}`)}${overview}
${heading("Tags", 3)}${tags}
${details("Labels", labels)}`;
}

// src/actions/build-and-push/main.ts
function locate(i, cwd) {
  const remote = /^(https?|git):\/\//.test(i.context);
  const context = remote ? i.context : inWorkspace(cwd, i.context);
  if (!remote && !(existsSync2(context) && statSync(context).isDirectory())) {
    throw ConfigError.single(
      "context",
      `directory ${context} does not exist; set context to the folder holding the build files`
    );
  }
  const file = i.file ? inWorkspace(cwd, i.file) : remote ? "Dockerfile" : join4(context, "Dockerfile");
  if (!remote && !existsSync2(file)) {
    throw ConfigError.single(
      "file",
      `no Dockerfile at ${file}; set file to its path (relative to the workspace) or add one to the context`
    );
  }
  return { context, file };
}
function loginOf(i, plan, env) {
  if (Boolean(i.username) !== Boolean(i.password)) {
    throw ConfigError.single(
      i.username ? "password" : "username",
      "username and password go together; set both (password from a secret) or neither"
    );
  }
  const registry = i.registry?.split("/")[0] || parseReference(`${plan.images[0]}:x`).registry;
  if (i.username && i.password) return { registry, credentials: { username: i.username, password: i.password } };
  return ghcrJobTokenLogin(registry, i["github-token"], env);
}
function ghcrJobTokenLogin(registry, token, env) {
  const usable = usableToken(token);
  if (registry !== "ghcr.io" || !usable) return void 0;
  return { registry, credentials: { username: env.GITHUB_ACTOR || "github-actions", password: usable } };
}
function request(i, plan, where) {
  return {
    ...where,
    tags: plan.refs,
    labels: plan.labels,
    buildArgs: i["build-args"] ?? [],
    target: i.target || void 0,
    platforms: i.platforms ?? [],
    cacheFrom: i["cache-from"] ?? [],
    cacheTo: i["cache-to"] ?? [],
    provenance: i.provenance || void 0,
    sbom: i.sbom || void 0,
    noCache: i["no-cache"],
    pull: i.pull,
    push: i.push
  };
}
async function execute(i, runtime, deps) {
  const { event, warning } = await readEventContext(runtime.env);
  if (warning) runtime.warning(warning);
  const plan = planImage({
    event,
    now: deps.now?.() ?? /* @__PURE__ */ new Date(),
    images: i.images,
    registry: i.registry,
    tags: i.tags,
    flavor: i.flavor,
    labels: i.labels,
    version: i.version,
    match: i.match
  });
  plan.skipped.forEach((line) => runtime.debug(`tag rule skipped: ${line}`));
  if (plan.tags.length === 0) {
    throw ConfigError.single(
      "tags",
      `no rule produces a tag on this ${event.eventName || "event"} (${plan.skipped.join("; ")}); add one that always applies, such as type=sha`
    );
  }
  const build = request(i, plan, locate(i, runtime.cwd));
  const login = loginOf(i, plan, runtime.env);
  const config = login ? await createPrivateConfig(runtime.env, runtime.tempDir) : void 0;
  try {
    const engine = await selectEngine(i.builder, {
      run: deps.run,
      log: (line) => runtime.info(line),
      env: config?.env ?? {}
    });
    const unsupported = unsupportedOptions(engine.name, build);
    if (unsupported.length) throw new ConfigError(unsupported);
    runtime.info(
      `version ${plan.version.version} (${plan.version.source}); builder ${engine.name}; tags ${plan.refs.join(", ")}`
    );
    return await buildAndPush(
      i,
      runtime,
      deps,
      { engine, runtime, images: plan.images, refs: plan.refs, login, retry: deps.retry, fetch: deps.fetch },
      plan,
      build
    );
  } finally {
    await config?.cleanup();
  }
}
async function buildAndPush(i, runtime, deps, ctx, plan, build) {
  const { engine, login } = ctx;
  if (login)
    await withRetry(
      () => engine.login(login.registry, login.credentials.username, login.credentials.password),
      deps.retry
    );
  try {
    const started = Date.now();
    const { imageId } = await runtime.group(`build ${build.file}`, () => engine.build(build));
    const buildMs = Date.now() - started;
    const base = { plan, builder: engine.name, pushed: i.push, buildMs, resolved: {} };
    if (!i.push) return { ...base, digest: imageId, imageRef: "", pushMs: 0 };
    const pushMs = await pushRefs(ctx);
    const back = await readBack(ctx);
    return { ...base, ...back, imageRef: `${plan.images[0]}@${back.digest}`, pushMs };
  } finally {
    if (login) await engine.logout(login.registry).catch(() => void 0);
  }
}
function outputs(r) {
  const metadata = {
    images: r.plan.images,
    version: r.plan.version.version,
    prerelease: r.plan.version.prerelease,
    versionSource: r.plan.version.source,
    tags: r.plan.refs,
    digest: r.digest,
    imageRef: r.imageRef,
    pushed: r.pushed,
    builder: r.builder,
    sizeBytes: r.sizeBytes ?? null,
    buildMs: r.buildMs,
    pushMs: r.pushMs,
    labels: r.plan.labels
  };
  return {
    digest: r.digest,
    "image-ref": r.imageRef,
    tags: r.plan.refs.join("\n"),
    labels: Object.entries(r.plan.labels).map(([k, v]) => `${k}=${v}`).join("\n"),
    version: r.plan.version.version,
    metadata: JSON.stringify(metadata)
  };
}
function createDefinition(deps = {}) {
  return {
    name: "build-and-push",
    inputs,
    execute: (i, runtime) => execute(i, runtime, deps),
    outputs,
    summary: renderSummary,
    failure: () => void 0
  };
}
var definition = createDefinition();
var run = (runtime) => runAction(definition, runtime);

export {
  createDefinition,
  definition,
  run
};
