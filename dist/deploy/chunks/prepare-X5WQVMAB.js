import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  ALIAS_LIMIT_MESSAGE,
  ConfigError,
  KubeApiError,
  ManifestError,
  addMetadata,
  checkReportTarget,
  describeRef,
  imageMap,
  inWorkspace,
  isRetryable,
  labelValue,
  loadKubeAccess,
  maskEachLine,
  podSpecOf,
  releaseMetadata,
  reportPath,
  require_dist,
  substituteImages
} from "./chunk-RQCIFRX7.js";
import {
  __toESM
} from "./chunk-25GUXVRF.js";

// src/clients/kube/client.ts
import { createInterface } from "node:readline";

// src/clients/kube/discovery.ts
var Discovery = class {
  constructor(http2) {
    this.http = http2;
  }
  http;
  cache = /* @__PURE__ */ new Map();
  async resource(apiVersion, kind) {
    let entry = this.cache.get(apiVersion);
    if (!entry) {
      entry = this.load(apiVersion);
      this.cache.set(apiVersion, entry);
    }
    return (await entry)?.get(kind);
  }
  async load(apiVersion) {
    const path = apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    try {
      const list = await this.http.request({ method: "GET", path, what: `discover ${apiVersion}` });
      const kinds = /* @__PURE__ */ new Map();
      for (const r of list.resources ?? []) {
        if (r.name.includes("/")) continue;
        kinds.set(r.kind, { apiVersion, kind: r.kind, plural: r.name, namespaced: r.namespaced });
      }
      return kinds;
    } catch (error) {
      if (error.status === 404) return void 0;
      this.cache.delete(apiVersion);
      throw error;
    }
  }
};
function resourcePath(info, namespace, name) {
  const base = info.apiVersion.includes("/") ? `/apis/${info.apiVersion}` : `/api/${info.apiVersion}`;
  const ns = info.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : "";
  return `${base}${ns}/${info.plural}${name ? `/${encodeURIComponent(name)}` : ""}`;
}

// src/clients/kube/http.ts
import * as http from "node:http";
import * as https from "node:https";
var DEFAULT_RETRY = { attempts: 6, baseDelayMs: 200, maxDelayMs: 5e3 };
var sleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
function buildUrl(server, path, query) {
  const url = new URL(server.replace(/\/$/, "") + path);
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== void 0) url.searchParams.set(key, String(value));
  return url;
}
var TLS_KEYS = ["ca", "cert", "key", "pfx", "passphrase", "rejectUnauthorized", "servername"];
var KubeHttp = class {
  constructor(config, retry = DEFAULT_RETRY, secret = () => void 0) {
    this.config = config;
    this.retry = retry;
    this.secret = secret;
  }
  config;
  retry;
  secret;
  masked = /* @__PURE__ */ new Set();
  agent;
  /**
   * Credentials and TLS options for one request. An exec plugin (EKS, GKE, AKS kubeconfigs) runs
   * here on first use and again when its credential expires: whatever it returned is masked
   * before anything could print it, and its failure names the plugin rather than a stack.
   */
  async authenticate(opts) {
    try {
      await this.config.applyToHTTPSOptions(opts);
    } catch (error) {
      const user = this.config.getCurrentUser();
      const command = user?.exec?.command;
      const plugin = command ? ` (exec plugin '${command}')` : "";
      const reason = error.message.trim().split("\n")[0] || error.name;
      throw new KubeApiError(401, "Unauthorized", `kubeconfig user '${user?.name ?? "?"}'${plugin}: ${reason}`);
    }
    const authorization = opts.headers?.Authorization ?? "";
    const pem = (value) => typeof value === "string" || Buffer.isBuffer(value) ? value.toString() : "";
    const credentials = [authorization.replace(/^\S+\s+/, ""), pem(opts.cert), pem(opts.key)];
    for (const value of credentials.filter((v) => v && !this.masked.has(v))) {
      this.masked.add(value);
      maskEachLine(value, this.secret);
    }
  }
  get server() {
    return this.config.getCurrentCluster()?.server ?? "";
  }
  /** Opens a request and resolves with the response stream (used directly by watches). */
  async open(req, signal) {
    const url = buildUrl(this.server, req.path, req.query);
    const opts = { method: req.method, headers: {} };
    await this.authenticate(opts);
    const headers = { ...opts.headers, Accept: "application/json" };
    const payload = req.body === void 0 ? void 0 : typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    if (payload !== void 0) headers["Content-Type"] = req.contentType ?? "application/json";
    const transport = url.protocol === "https:" ? https : http;
    const options = { ...opts, headers, signal, agent: this.keepAlive(url, opts) };
    return new Promise((resolve2, reject) => {
      const request = transport.request(url, options, (response) => resolve2({ response, url }));
      request.on(
        "error",
        (error) => reject(new KubeApiError(0, "ConnectionFailed", `${req.what ?? req.path}: ${error.message}`))
      );
      request.end(payload);
    });
  }
  keepAlive(url, opts) {
    if (this.agent) return this.agent;
    const tls = Object.fromEntries(TLS_KEYS.filter((k) => opts[k] !== void 0).map((k) => [k, opts[k]]));
    const settings = { keepAlive: true };
    this.agent = url.protocol === "https:" ? new https.Agent({ ...tls, ...settings }) : new http.Agent(settings);
    return this.agent;
  }
  /** Closes the idle keep-alive connections, so a finished step's process can exit at once. */
  close() {
    this.agent?.destroy();
  }
  /** One request, no retries; non-2xx becomes a KubeApiError carrying the server's Status. */
  async once(req) {
    const { response } = await this.open(req);
    const chunks = [];
    for await (const chunk of response) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString("utf8");
    let body = text;
    try {
      body = text ? JSON.parse(text) : void 0;
    } catch {
    }
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) return body;
    throw KubeApiError.fromBody(status, body, req.what ?? `${req.method} ${req.path}`);
  }
  /** A request retried with exponential backoff (honouring Retry-After scale) on 429, 5xx and connection failures. */
  async request(req) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(req);
      } catch (error) {
        if (!isRetryable(error) || attempt >= this.retry.attempts) throw error;
        const delay = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);
        this.retry.onRetry?.(error, attempt, Math.round(delay));
        await sleep(delay);
      }
    }
  }
};

// src/clients/kube/client.ts
var PATCH_TYPES = {
  json: "application/json-patch+json",
  merge: "application/merge-patch+json",
  strategic: "application/strategic-merge-patch+json"
};
var HttpKubeClient = class {
  http;
  discovery;
  constructor(access, retry = DEFAULT_RETRY) {
    this.http = new KubeHttp(access.config, retry, access.secret);
    this.discovery = new Discovery(this.http);
  }
  resource(apiVersion, kind) {
    return this.discovery.resource(apiVersion, kind);
  }
  async info(apiVersion, kind) {
    const info = await this.resource(apiVersion, kind);
    if (!info) throw new KubeApiError(404, "NotFound", `the cluster does not serve kind ${kind} in ${apiVersion}`);
    return info;
  }
  async get(ref) {
    const info = await this.info(ref.apiVersion, ref.kind);
    try {
      return await this.http.request({
        method: "GET",
        path: resourcePath(info, ref.namespace, ref.name),
        what: `get ${describeRef(ref)}`
      });
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return void 0;
      throw error;
    }
  }
  async list(apiVersion, kind, namespace, options = {}) {
    const info = await this.info(apiVersion, kind);
    const list = await this.http.request({
      method: "GET",
      path: resourcePath(info, namespace),
      query: { ...options },
      what: `list ${kind}`
    });
    const items = (list.items ?? []).map((item) => ({ ...item, apiVersion, kind }));
    return { items, resourceVersion: list.metadata?.resourceVersion ?? "" };
  }
  async watch(apiVersion, kind, namespace, options, onEvent, signal) {
    const info = await this.info(apiVersion, kind);
    const query = { ...options, watch: true, allowWatchBookmarks: true, timeoutSeconds: 240 };
    let opened;
    try {
      opened = await this.http.open(
        { method: "GET", path: resourcePath(info, namespace), query, what: `watch ${kind}` },
        signal
      );
    } catch (error) {
      if (signal.aborted) return;
      throw error;
    }
    const { response } = opened;
    if ((response.statusCode ?? 0) !== 200) {
      let text = "";
      for await (const chunk of response) text += chunk;
      let body = text;
      try {
        body = JSON.parse(text);
      } catch {
      }
      throw KubeApiError.fromBody(response.statusCode ?? 0, body, `watch ${kind}`);
    }
    const lines = createInterface({ input: response, crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        if (!line.trim()) continue;
        const event = JSON.parse(line);
        if (event.type === "ERROR") {
          const status = event.object;
          throw new KubeApiError(
            status.code ?? 500,
            status.reason ?? "WatchError",
            `watch ${kind}: ${status.message ?? "error event"}`
          );
        }
        if (event.object) event.object = { ...event.object, apiVersion, kind };
        onEvent(event);
      }
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof KubeApiError) throw error;
      throw new KubeApiError(0, "WatchDropped", `watch ${kind}: ${error.message}`);
    } finally {
      response.destroy();
    }
  }
  async apply(object, options) {
    const info = await this.info(object.apiVersion, object.kind);
    const ref = {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.metadata.name ?? "",
      namespace: object.metadata.namespace
    };
    return this.http.request({
      method: "PATCH",
      path: resourcePath(info, ref.namespace, ref.name),
      query: {
        fieldManager: options.fieldManager,
        force: options.force || void 0,
        dryRun: options.dryRun ? "All" : void 0
      },
      body: object,
      contentType: "application/apply-patch+yaml",
      what: `${options.dryRun ? "dry-run apply" : "apply"} ${describeRef(ref)}`
    });
  }
  async patch(ref, body, type, fieldManager) {
    const info = await this.info(ref.apiVersion, ref.kind);
    return this.http.request({
      method: "PATCH",
      path: resourcePath(info, ref.namespace, ref.name),
      query: { fieldManager },
      body,
      contentType: PATCH_TYPES[type],
      what: `patch ${describeRef(ref)}`
    });
  }
  async delete(ref) {
    const info = await this.info(ref.apiVersion, ref.kind);
    try {
      await this.http.request({
        method: "DELETE",
        path: resourcePath(info, ref.namespace, ref.name),
        query: { propagationPolicy: "Background" },
        what: `delete ${describeRef(ref)}`
      });
      return true;
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return false;
      throw error;
    }
  }
};

// src/clients/kube/kustomize.ts
import { execFile } from "node:child_process";
function renderKustomization(dir, kubectl = "kubectl") {
  return new Promise((resolve2, reject) => {
    execFile(kubectl, ["kustomize", dir], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(
            `kubectl kustomize ${dir} failed: ${(stderr || error.message).trim().split("\n").slice(-3).join(" ")}`
          )
        );
      else resolve2(stdout);
    });
  });
}

// src/core/manifests/defaults.ts
function fillProtocolDefaults(manifests) {
  for (const { object } of manifests) {
    const ports = [];
    if (object.kind === "Service") ports.push(...object.spec?.ports ?? []);
    const pod = podSpecOf(object);
    for (const container of [...pod?.containers ?? [], ...pod?.initContainers ?? []])
      ports.push(...container.ports ?? []);
    for (const port of ports) if (port && typeof port === "object" && !port.protocol) port.protocol = "TCP";
  }
}

// src/core/manifests/image-ref.ts
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var HOST = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\\d+)?|\\[[0-9a-fA-F:]+\\](?::\\d+)?)";
var REFERENCE = new RegExp(
  `^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`
);
function imageRefProblem(ref) {
  if (ref.length > 255 + 128 + 80) return "is longer than any registry accepts";
  if (/\s/.test(ref)) return "contains whitespace";
  if (REFERENCE.test(ref)) return void 0;
  if (/[A-Z]/.test(ref.split("@")[0].split(":")[0].split("/").slice(1).join("/")))
    return "has capital letters in its repository path (image names are lower case)";
  return "is not an image reference such as ghcr.io/org/app:1.2.3 or registry:5000/app@sha256:<64 hex>";
}

// src/core/manifests/load.ts
import { existsSync, statSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";

// src/shared/glob.ts
import { glob } from "node:fs/promises";
import { resolve } from "node:path";
function isGlobPattern(pattern) {
  return /[*?[{]/.test(pattern);
}
async function globPaths(pattern, cwd) {
  const found = /* @__PURE__ */ new Set();
  for await (const match of glob(pattern, { cwd })) found.add(resolve(cwd, match));
  return [...found].sort();
}

// src/core/manifests/load.ts
import { join, relative } from "node:path";

// src/core/manifests/parse.ts
var import_yaml = __toESM(require_dist(), 1);
function lineCounter(text) {
  let position = 0;
  let line = 1;
  return (offset) => {
    if (offset < position) {
      position = 0;
      line = 1;
    }
    for (; position < offset && position < text.length; position++) if (text.charCodeAt(position) === 10) line++;
    return line;
  };
}
function checkShape(value) {
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { message: "is not a mapping (a Kubernetes object needs apiVersion, kind and metadata)" };
  const o = value;
  if (typeof o.apiVersion !== "string" || !o.apiVersion) return { field: "apiVersion", message: "is missing" };
  if (typeof o.kind !== "string" || !o.kind) return { field: "kind", message: "is missing" };
  if (o.kind.endsWith("List") && Array.isArray(o.items)) return void 0;
  const meta = o.metadata;
  if (!meta || typeof meta !== "object") return { field: "metadata", message: "is missing" };
  if (typeof meta.name !== "string" || !meta.name) {
    return {
      field: "metadata.name",
      message: meta.generateName ? "is required (generateName cannot be applied idempotently)" : "is missing"
    };
  }
  return void 0;
}
function parseManifestText(text, file) {
  const manifests = [];
  const problems = [];
  const lineOf = lineCounter(text);
  (0, import_yaml.parseAllDocuments)(text).forEach((doc, document) => {
    const line = lineOf(doc.contents?.range?.[0] ?? doc.range?.[0] ?? 0);
    const source = { file, document, line };
    if (doc.errors.length) {
      problems.push({
        source: { ...source, line: doc.errors[0].linePos?.[0]?.line ?? line },
        message: `YAML syntax: ${doc.errors[0].message.split("\n")[0]}`
      });
      return;
    }
    let value;
    try {
      value = doc.toJS();
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      problems.push({ source, message: `YAML: ${ALIAS_LIMIT_MESSAGE}` });
      return;
    }
    if (value === null || value === void 0) return;
    const problem = checkShape(value);
    if (problem) {
      problems.push({ source, ...problem });
      return;
    }
    const object = value;
    if (object.kind.endsWith("List") && Array.isArray(object.items)) {
      object.items.forEach((item, index) => {
        const itemProblem = checkShape(item);
        if (itemProblem)
          problems.push({
            source,
            field: `items[${index}]${itemProblem.field ? `.${itemProblem.field}` : ""}`,
            message: itemProblem.message
          });
        else manifests.push({ object: item, source });
      });
      return;
    }
    manifests.push({ object, source });
  });
  return { manifests, problems };
}

// src/core/manifests/load.ts
var YAML_FILE = /\.(ya?ml|json)$/i;
var KUSTOMIZATION = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
async function expand(pattern, cwd) {
  const path = inWorkspace(cwd, pattern);
  if (existsSync(path)) return [path];
  return isGlobPattern(pattern) ? globPaths(pattern, cwd) : [];
}
async function filesOf(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && YAML_FILE.test(e.name)).map((e) => join(dir, e.name)).sort();
}
async function loadPath(path, options, display) {
  if (statSync(path).isDirectory()) {
    if (KUSTOMIZATION.some((name) => existsSync(join(path, name)))) {
      try {
        return parseManifestText(await options.kustomize(path), `${display} (kustomize)`);
      } catch (error) {
        return { manifests: [], problems: [{ message: error.message }] };
      }
    }
    const results = await Promise.all(
      (await filesOf(path)).map((file) => loadPath(file, options, relative(options.cwd, file) || file))
    );
    return { manifests: results.flatMap((r) => r.manifests), problems: results.flatMap((r) => r.problems) };
  }
  return parseManifestText(await readFile(path, "utf8"), display);
}
async function loadManifests(patterns, options) {
  const manifests = [];
  const problems = [];
  for (const pattern of patterns) {
    const paths = await expand(pattern, options.cwd);
    if (paths.length === 0)
      problems.push({ message: `'${pattern}' matches no file or directory (relative to ${options.cwd})` });
    for (const path of paths) {
      const result = await loadPath(path, options, relative(options.cwd, path) || path);
      manifests.push(...result.manifests);
      problems.push(...result.problems);
    }
  }
  if (!problems.length && !manifests.length) problems.push({ message: "the manifests contain no Kubernetes object" });
  if (problems.length) throw new ManifestError(problems);
  return manifests;
}

// src/actions/shared/kube.ts
function connect(inputs, runtime) {
  const access = loadKubeAccess({
    content: inputs.kubeconfig,
    context: inputs.context,
    env: runtime.env,
    secret: (v) => runtime.secret(v)
  });
  runtime.info(`cluster: context '${access.context}' from ${access.source}`);
  const client = new HttpKubeClient(access, {
    attempts: 6,
    baseDelayMs: 250,
    maxDelayMs: 5e3,
    onRetry: (error, attempt, delay) => runtime.warning(`Kubernetes API: ${error.message}; retry ${attempt} in ${delay}ms`)
  });
  return { access, client };
}
function checkNamespace(namespace, input = "namespace") {
  if (namespace === void 0 || namespace === "") return;
  if (namespace.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace)) return;
  throw ConfigError.single(
    input,
    `must be a Kubernetes namespace name: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. 'my-app'), got '${namespace}'`
  );
}

// src/actions/deploy/prepare.ts
function asConfigError(error) {
  return new ConfigError(
    error.problems.map((p) => ({
      input: p.field === "images" ? "images" : "manifests",
      message: p.source ? `document ${p.source.document}${p.field ? `, field ${p.field}` : ""}: ${p.message}` : p.message,
      file: p.source?.file,
      line: p.source?.line
    }))
  );
}
function checkImageRefs(images) {
  const problems = images.flatMap(([name, ref]) => {
    const problem = imageRefProblem(ref);
    return problem ? [{ input: "images", message: `the reference for '${name}' ('${ref}') ${problem}` }] : [];
  });
  if (problems.length) throw new ConfigError(problems);
}
function runUrl(env) {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return void 0;
  return `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
async function prepareManifests(inputs, runtime) {
  checkNamespace(inputs.namespace);
  checkImageRefs(inputs.images ?? []);
  if (inputs["record-file"])
    await checkReportTarget(reportPath(inputs["record-file"], runtime.cwd, "", ""), "record-file");
  const badLabel = (inputs.labels ?? []).find(([, v]) => v !== labelValue(v));
  if (badLabel)
    throw ConfigError.single(
      "labels",
      `value of '${badLabel[0]}' must be at most 63 characters of letters, digits, '-', '_' or '.', got '${badLabel[1]}'`
    );
  try {
    const manifests = await loadManifests(inputs.manifests, {
      cwd: runtime.cwd,
      kustomize: (dir) => renderKustomization(dir)
    });
    fillProtocolDefaults(manifests);
    const problems = substituteImages(manifests, imageMap(inputs.images ?? []));
    if (problems.length) throw new ManifestError(problems);
    const defaults = releaseMetadata({
      version: inputs.version,
      commit: runtime.env.GITHUB_SHA,
      runUrl: runUrl(runtime.env)
    });
    addMetadata(
      manifests,
      { ...defaults.labels, ...Object.fromEntries(inputs.labels ?? []) },
      { ...defaults.annotations, ...Object.fromEntries(inputs.annotations ?? []) }
    );
    return manifests;
  } catch (error) {
    if (error instanceof ManifestError) throw asConfigError(error);
    throw error;
  }
}
export {
  asConfigError,
  connect,
  prepareManifests
};
