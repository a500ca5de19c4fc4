#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  maskEachLine
} from "./chunk-SW2EZEOX.js";
import {
  KubeApiError,
  describeRef,
  isRetryable
} from "./chunk-CVQC67UJ.js";

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
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
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
    return new Promise((resolve, reject) => {
      const request = transport.request(url, options, (response) => resolve({ response, url }));
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
  return new Promise((resolve, reject) => {
    execFile(kubectl, ["kustomize", dir], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(
            `kubectl kustomize ${dir} failed: ${(stderr || error.message).trim().split("\n").slice(-3).join(" ")}`
          )
        );
      else resolve(stdout);
    });
  });
}

export {
  HttpKubeClient,
  renderKustomization
};
