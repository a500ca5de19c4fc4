#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  waitForRollout
} from "./chunk-ZWEBF2P6.js";
import {
  FATAL_REASONS,
  oomKilled,
  readyCondition
} from "./chunk-4S7TIHUF.js";
import {
  normalizeTemplate,
  selectorString
} from "./chunk-RPGGMHGA.js";
import {
  refOf
} from "./chunk-CVQC67UJ.js";
import {
  parseDuration
} from "./chunk-KKQ3JKXY.js";
import {
  require_dist
} from "./chunk-TTMFTJT2.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";
import {
  __toESM
} from "./chunk-EORTFFLD.js";

// src/core/deploy/progressive/state.ts
import { createHash } from "node:crypto";
var STATE_ANNOTATION = "deploy-kit.dev/progressive";
var OWNER_LABEL = "deploy-kit.dev/progressive-of";
var TRACK_LABEL = "deploy-kit.dev/track";
function templateDigest(template) {
  const normalized = normalizeTemplate(template);
  return createHash("sha256").update(JSON.stringify(sortKeys(normalized))).digest("hex").slice(0, 16);
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value).sort().map((k) => [k, sortKeys(value[k])])
  );
}
function readState(deployment) {
  const raw = deployment.metadata.annotations?.[STATE_ANNOTATION];
  if (!raw) return void 0;
  try {
    return JSON.parse(raw);
  } catch {
    return void 0;
  }
}
async function writeState(client, ref, state, fieldManager) {
  const value = JSON.stringify({ ...state, updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
  await client.patch(ref, { metadata: { annotations: { [STATE_ANNOTATION]: value } } }, "merge", fieldManager);
}
async function clearState(client, ref, fieldManager) {
  await client.patch(ref, { metadata: { annotations: { [STATE_ANNOTATION]: null } } }, "merge", fieldManager);
}

// src/core/deploy/progressive/objects.ts
var deploymentSpec = (object) => object?.spec ?? {};
var serviceSpec = (object) => object?.spec ?? {};
var selectorOf = (service) => serviceSpec(service).selector ?? {};
var deploymentRef = (namespace, name) => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  name,
  namespace
});
var serviceRef = (namespace, name) => ({
  apiVersion: "v1",
  kind: "Service",
  name,
  namespace
});
var trackName = (stable, track) => `${stable}-${track}`;
var trackSelector = (stable, track) => ({
  [TRACK_LABEL]: track,
  [OWNER_LABEL]: stable
});
function trackDeployment(stable, template, track, replicas, hideFrom = []) {
  const spec = deploymentSpec(stable);
  const stableName = stable.metadata.name ?? "";
  const podTemplate = JSON.parse(JSON.stringify(template));
  const labels = { ...podTemplate.metadata?.labels };
  for (const key of hideFrom) delete labels[key];
  podTemplate.metadata = { ...podTemplate.metadata, labels: { ...labels, ...trackSelector(stableName, track) } };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name: trackName(stableName, track),
      namespace: stable.metadata.namespace,
      labels: trackSelector(stableName, track)
    },
    spec: {
      replicas,
      selector: { matchLabels: trackSelector(stableName, track) },
      ...spec.progressDeadlineSeconds ? { progressDeadlineSeconds: spec.progressDeadlineSeconds } : {},
      ...spec.minReadySeconds ? { minReadySeconds: spec.minReadySeconds } : {},
      template: podTemplate
    }
  };
}
function trackService(base, stableName, track) {
  const ports = (serviceSpec(base).ports ?? []).map((port) => {
    const copy = { ...port };
    delete copy.nodePort;
    return copy;
  });
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: trackName(stableName, track),
      namespace: base.metadata.namespace,
      labels: trackSelector(stableName, track)
    },
    spec: { selector: trackSelector(stableName, track), ports }
  };
}
function selects(service, template) {
  const selector = selectorOf(service);
  if (!Object.keys(selector).length) return false;
  const labels = template.metadata?.labels ?? {};
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
function canaryReplicas(stableReplicas, weight) {
  return Math.max(1, Math.ceil(stableReplicas * weight / 100));
}
var replicaShare = (stable, canary) => stable + canary === 0 ? 0 : 100 * canary / (stable + canary);

// src/core/deploy/progressive/steps.ts
var import_yaml = __toESM(require_dist(), 1);
var VALID = "a YAML list of '10%' (or 'weight: 10'), 'pause: 2m' and 'analysis', ending with '100%'";
function describeStep(step) {
  if (step.kind === "weight") return `${step.weight}%`;
  if (step.kind === "pause") return `pause ${Math.round(step.ms / 1e3)}s`;
  return "analysis";
}
var scalarText = (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value).trim() : "";
function parseWeight(raw) {
  const text = raw.trim();
  const match = /^(-?\d+(?:\.\d+)?)\s*%?$/.exec(text);
  if (!match) return `'${text}' is not a weight (write 10% or weight: 10)`;
  const weight = Number(match[1]);
  if (!Number.isInteger(weight) || weight < 1 || weight > 100)
    return `weight ${text} is out of range: a whole percentage from 1% to 100%`;
  return weight;
}
function parseMapStep(key, value, line) {
  if (key === "weight" || key === "setWeight") {
    const weight = parseWeight(value);
    return typeof weight === "string" ? weight : { kind: "weight", weight, line };
  }
  if (key === "pause") {
    const ms = parseDuration(value);
    if (ms === void 0 || ms <= 0) return `pause needs a duration such as 30s or 2m, got '${value}'`;
    return { kind: "pause", ms, line };
  }
  if (key === "analysis") return { kind: "analysis", line };
  return `unknown step '${key}' (steps: weight, pause, analysis)`;
}
function parseItem(node, lines) {
  const line = node?.range ? lines.linePos(node.range[0]).line : 1;
  const problem = (message) => ({ line, message });
  if ((0, import_yaml.isScalar)(node)) {
    const text = scalarText(node.value);
    if (text === "analysis") return { kind: "analysis", line };
    if (text === "pause") return problem("pause needs a duration: 'pause: 2m'");
    const weight = parseWeight(text);
    return typeof weight === "string" ? problem(weight) : { kind: "weight", weight, line };
  }
  if ((0, import_yaml.isMap)(node) && node.items.length === 1) {
    const pair = node.items[0];
    const key = (0, import_yaml.isScalar)(pair.key) ? scalarText(pair.key.value) : "";
    const value = (0, import_yaml.isScalar)(pair.value) ? scalarText(pair.value.value) : "";
    const step = parseMapStep(key, value, line);
    return typeof step === "string" ? problem(step) : step;
  }
  return problem(`each step is one of ${VALID}`);
}
function checkOrder(steps, lastLine) {
  const problems = [];
  let previous = 0;
  for (const step of steps) {
    if (step.kind !== "weight") continue;
    if (step.weight <= previous)
      problems.push({ line: step.line, message: `weight ${step.weight}% must be above the previous ${previous}%` });
    previous = Math.max(previous, step.weight);
  }
  const last = steps.at(-1);
  if (!last || last.kind !== "weight" || last.weight !== 100)
    problems.push({
      line: last?.line ?? lastLine,
      message: `steps must end at 100% (the promotion); the last step is ${last ? `'${describeStep(last)}'` : "missing"}`
    });
  return problems;
}
function parseSteps(text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  if (doc.errors.length)
    return {
      steps: [],
      // The parser may notice an unclosed bracket past the end: point at the last real line.
      problems: doc.errors.map((e) => ({
        line: Math.min(e.linePos?.[0].line ?? 1, text.trimEnd().split("\n").length),
        message: `not valid YAML: ${e.message.split("\n")[0]}`
      }))
    };
  if (!(0, import_yaml.isSeq)(doc.contents)) return { steps: [], problems: [{ line: 1, message: `must be ${VALID}` }] };
  const steps = [];
  const problems = [];
  for (const item of doc.contents.items) {
    const parsed = parseItem(item, lines);
    if ("kind" in parsed) steps.push(parsed);
    else problems.push(parsed);
  }
  if (problems.length) return { steps, problems };
  return { steps, problems: checkOrder(steps, lines.linePos(text.length).line) };
}
var DEFAULT_CANARY_STEPS = "- 10%\n- analysis\n- 50%\n- analysis\n- 100%\n";

// src/core/deploy/progressive/analysis.ts
async function analyseStep(analyses, ctx) {
  const verdicts = await Promise.all(
    analyses.map(
      (analysis) => analysis(ctx).catch((error) => ({
        check: analysis.name || "analysis",
        passed: false,
        reasons: [`the check itself failed: ${error.message}`]
      }))
    )
  );
  const reasons = verdicts.filter((v) => !v.passed).flatMap((v) => v.reasons.map((r) => `${v.check}: ${r}`));
  return { passed: reasons.length === 0 && verdicts.every((v) => v.passed), verdicts, reasons };
}
function podSignals(pod) {
  const name = pod.metadata.name ?? "";
  const status = pod.status ?? {};
  const signals = [];
  for (const cs of status.containerStatuses ?? []) {
    if ((cs.restartCount ?? 0) > 0)
      signals.push(`pod ${name} container ${cs.name} restarted ${cs.restartCount} time(s)`);
    if (oomKilled(cs)) signals.push(`pod ${name} container ${cs.name} was OOMKilled`);
    const waiting = cs.state?.waiting?.reason;
    if (waiting && FATAL_REASONS.includes(waiting)) signals.push(`pod ${name} container ${cs.name} is in ${waiting}`);
  }
  const ready = readyCondition(pod);
  if (ready?.status !== "True") signals.push(`pod ${name} is not ready${ready?.reason ? ` (${ready.reason})` : ""}`);
  return signals;
}
async function warningEvents(client, namespace, pods, since) {
  if (!pods.length) return [];
  const { items } = await client.list("v1", "Event", namespace);
  return items.filter((e) => e.type === "Warning" && pods.includes(e.involvedObject?.name ?? "")).filter((e) => (e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp ?? "") >= since).slice(-5).map((e) => `Warning ${e.reason ?? ""} on pod ${e.involvedObject?.name ?? ""}: ${e.message ?? ""}`.trim());
}
function kubeSignals(client) {
  return async function kubernetes(ctx) {
    const { items } = await client.list("v1", "Pod", ctx.namespace, {
      labelSelector: selectorString({ matchLabels: ctx.podSelector })
    });
    const pods = items.filter((p) => !p.metadata.deletionTimestamp);
    if (!pods.length) return { check: "kubernetes", passed: false, reasons: [`no pods of ${ctx.workload} found`] };
    const signals = pods.flatMap(podSignals);
    const events = await warningEvents(
      client,
      ctx.namespace,
      pods.map((p) => p.metadata.name ?? ""),
      ctx.since
    );
    const reasons = [...signals, ...events];
    return {
      check: "kubernetes",
      passed: reasons.length === 0,
      reasons: reasons.length ? reasons : [`${pods.length} pod(s) ready, no restarts, no Warning Events`]
    };
  };
}

// src/core/deploy/progressive/session.ts
var progressiveManager = (fieldManager) => `${fieldManager}-progressive`;
function sleepUnlessAborted(ms, signal) {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
async function unlessAborted(work, signal) {
  if (!signal) return work;
  if (signal.aborted) return void 0;
  let onAbort;
  const aborted = new Promise((resolve) => {
    onAbort = () => resolve(void 0);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
var applyOwnedObject = (client, object, fieldManager) => client.apply(object, { fieldManager: progressiveManager(fieldManager), force: true });
async function waitReady(client, workload, options) {
  const live = await client.get(workload);
  if (!live) throw new Error(`${workload.kind.toLowerCase()}/${workload.name} is gone`);
  return waitForRollout(client, live, {
    timeoutMs: options.timeoutMs,
    graceMs: options.graceMs,
    log: (message) => options.log(message),
    cancel: options.signal,
    tickMs: 250
  });
}
async function removeTrack(client, namespace, stable, track, fieldManager) {
  const name = trackName(stable, track);
  const deployment = deploymentRef(namespace, name);
  const removed = [];
  if (await client.get(deployment)) {
    await client.patch(deployment, { spec: { replicas: 0 } }, "merge", progressiveManager(fieldManager));
    await client.delete(deployment);
    removed.push(`deployment/${name}`);
  }
  if (await client.delete(serviceRef(namespace, name))) removed.push(`service/${name}`);
  const { items } = await client.list("v1", "Pod", namespace, {
    labelSelector: Object.entries(trackSelector(stable, track)).map(([k, v]) => `${k}=${v}`).join(",")
  });
  for (const pod of items)
    await client.delete({ apiVersion: "v1", kind: "Pod", name: pod.metadata.name ?? "", namespace });
  return removed;
}

// src/core/deploy/progressive/share.ts
function answeredBy(version, headers, body) {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const token = new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w.-])`);
  return token.test(body) || Object.values(headers).some((v) => token.test(v));
}
var ShareSampler = class {
  constructor(url, version, probe, intervalMs = 25) {
    this.url = url;
    this.version = version;
    this.probe = probe;
    this.intervalMs = intervalMs;
  }
  url;
  version;
  probe;
  intervalMs;
  buckets = [];
  stopped = new AbortController();
  loops = [];
  /** Starts (or moves) counting under a new weight. */
  weight(weight, expected) {
    this.buckets.push({ weight, expected, requests: 0, toNew: 0, newErrors: 0 });
    if (!this.loops.length) this.loops = [this.loop(), this.loop()];
  }
  async loop() {
    while (!this.stopped.signal.aborted) {
      const bucket = this.buckets.at(-1);
      const result = await this.probe({
        url: this.url,
        method: "GET",
        timeoutMs: 2e3,
        signal: this.stopped.signal,
        maxBodyBytes: 4096
      });
      if (this.stopped.signal.aborted) break;
      bucket.requests++;
      if (result.ok && answeredBy(this.version, result.response.headers, result.response.body)) {
        bucket.toNew++;
        if (result.response.status >= 500) bucket.newErrors++;
      }
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
    }
  }
  /** Stops sending and returns the counts (undefined when nothing was measured). */
  async stop() {
    this.stopped.abort();
    await Promise.all(this.loops);
    const buckets = this.buckets.filter((b) => b.requests > 0);
    if (!buckets.length) return void 0;
    const requests = buckets.reduce((n, b) => n + b.requests, 0);
    const toNew = buckets.reduce((n, b) => n + b.toNew, 0);
    return { url: this.url, version: this.version, requests, toNew, share: 100 * toNew / requests, buckets };
  }
};

// src/core/deploy/progressive/run.ts
var StepFailure = class extends Error {
  constructor(reasons, verdict) {
    super(reasons.join("; "));
    this.reasons = reasons;
    this.verdict = verdict;
  }
  reasons;
  verdict;
};
var ProgressiveRun = class {
  constructor(client, plan, options, result, track) {
    this.client = client;
    this.plan = plan;
    this.options = options;
    this.result = result;
    this.track = track;
    this.stableName = plan.stable.metadata.name ?? "";
    this.workload = trackName(this.stableName, track);
    const previous = plan.state;
    const resumed = previous?.template === plan.digest && previous.strategy === options.strategy ? previous : void 0;
    this.state = resumed ?? {
      strategy: options.strategy,
      mode: options.traffic.mode,
      step: 0,
      weight: 0,
      template: plan.digest,
      workload: this.workload,
      service: this.workload,
      stableService: plan.service.metadata.name ?? "",
      route: plan.route?.metadata.name,
      version: options.version,
      startedAt: (/* @__PURE__ */ new Date()).toISOString(),
      updatedAt: ""
    };
    if (resumed) result.resumedAt = resumed.step;
  }
  client;
  plan;
  options;
  result;
  track;
  stableName;
  workload;
  sampler;
  since = (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d+Z$/, "Z");
  state;
  /** Exact share of traffic on the new version now, in percent. */
  share = 0;
  /** Starts measuring which version answers the users' endpoint (needs the version to recognise it). */
  async startSampler() {
    const { options, plan } = this;
    if (!options.version) return;
    const entry = plan.route && options.strategy === "canary" ? refOf(plan.route) : refOf(plan.service);
    const base = options.trafficUrl ? void 0 : await options.urlOf(entry);
    const url = options.trafficUrl ?? (base ? new URL(options.trafficPath ?? "/", base).toString() : void 0);
    if (url) this.sampler = new ShareSampler(url, options.version, options.probe);
    else options.log("the users' endpoint is not reachable from here (set traffic-url): the share is not measured");
  }
  get stableRef() {
    return refOf(this.plan.stable);
  }
  saveState() {
    return writeState(this.client, this.stableRef, this.state, this.options.fieldManager);
  }
  cancelled() {
    throw new StepFailure(["cancelled: the run was cancelled"]);
  }
  /** Waits for the new version's pods, failing fast like a rolling deploy. */
  async waitForTrack() {
    const { options } = this;
    const outcome = await waitReady(this.client, deploymentRef(options.namespace, this.workload), {
      timeoutMs: options.timeoutMs,
      graceMs: options.graceMs,
      log: (message) => options.log(message),
      signal: options.signal
    });
    if (outcome.state === "cancelled") this.cancelled();
    if (outcome.state !== "ready") throw new StepFailure([`${this.track} pods failed: ${outcome.message}`]);
  }
  async context(index, step, signal) {
    const service = refOf(this.plan.service);
    return {
      step: index,
      label: describeStep(step),
      weight: this.share,
      namespace: this.options.namespace,
      workload: `deployment/${this.workload}`,
      podSelector: trackSelector(this.stableName, this.track),
      canaryUrl: await this.options.urlOf({ ...service, name: this.workload }),
      stableUrl: await this.options.urlOf(service),
      since: this.since,
      signal
    };
  }
  async analysisStep(index, step) {
    const signal = this.options.signal ?? new AbortController().signal;
    const analyses = [kubeSignals(this.client), ...this.options.analyses];
    const verdict = await unlessAborted(analyseStep(analyses, await this.context(index, step, signal)), signal);
    if (!verdict) this.cancelled();
    for (const v of verdict.verdicts)
      this.options.log(`analysis ${v.check}: ${v.passed ? "passed" : "FAILED"} - ${v.reasons.join("; ")}`);
    if (!verdict.passed) throw new StepFailure(verdict.reasons, verdict);
    return verdict;
  }
  async runStep(index, step) {
    if (this.options.signal?.aborted) this.cancelled();
    if (step.kind === "weight") await this.weightStep(step.weight);
    else if (step.kind === "pause") {
      if (!await sleepUnlessAborted(step.ms, this.options.signal)) this.cancelled();
    } else return this.analysisStep(index, step);
    return void 0;
  }
  async walk(index, step) {
    const started = Date.now();
    const label = describeStep(step);
    const title = `${this.options.strategy} step ${index + 1}/${this.options.steps.length}: ${label}`;
    const verdict = await this.options.phase(title, async () => {
      try {
        return await this.runStep(index, step);
      } catch (error) {
        this.recordFailure(index, started, error);
        throw error;
      }
    });
    this.result.steps.push({
      index,
      label,
      outcome: "passed",
      share: this.share,
      elapsedMs: Date.now() - started,
      verdict
    });
    this.state = { ...this.state, step: index + 1, weight: step.kind === "weight" ? step.weight : this.state.weight };
    await this.saveState();
  }
  async run() {
    const { options } = this;
    const last = options.steps.length - 1;
    try {
      await options.beforeStart?.();
      await this.startSampler();
      await options.phase(`${options.strategy}: start ${this.workload}`, () => this.start());
      for (let index = this.state.step; index < last; index++) await this.walk(index, options.steps[index]);
      if (options.signal?.aborted) this.cancelled();
      const started = Date.now();
      this.sampler?.weight(100, 100);
      const finished = await this.finish();
      if (!finished.ok) throw new StepFailure([`promotion failed: ${finished.message ?? ""}`]);
      this.result.steps.push({
        index: last,
        label: "100%",
        outcome: "passed",
        share: 100,
        elapsedMs: Date.now() - started
      });
      this.result.status = "promoted";
      this.result.message = `promoted: deployment/${this.stableName} runs the new template; ${this.workload} is removed`;
    } catch (error) {
      this.recordFailure(this.state.step, Date.now(), error);
      await options.phase(`${options.strategy}: abort (all traffic back to stable)`, () => this.teardown());
      const failed = this.result.failedStep;
      this.result.status = "aborted";
      this.result.message = `aborted at step ${failed.index + 1} (${failed.label}): ${failed.reasons.join("; ")}`;
    }
    this.result.measured = await this.sampler?.stop();
    return this.result;
  }
  recordFailure(index, started, error) {
    if (this.result.failedStep) return;
    const reasons = error instanceof StepFailure ? error.reasons : [error.message];
    const step = this.options.steps[index];
    const label = step ? describeStep(step) : "start";
    this.result.failedStep = { index, label, reasons };
    this.result.steps.push({
      index,
      label,
      outcome: "failed",
      share: this.share,
      elapsedMs: Date.now() - started,
      verdict: error instanceof StepFailure ? error.verdict : void 0,
      message: reasons.join("; ")
    });
  }
};

// src/core/deploy/progressive/blue-green.ts
function selectorPatch(current, next) {
  const selector = {};
  for (const key of Object.keys(current)) selector[key] = null;
  return { spec: { selector: { ...selector, ...next } } };
}
var BlueGreenRun = class extends ProgressiveRun {
  constructor(client, plan, options, result) {
    super(client, plan, options, result, "preview");
  }
  get activeSelector() {
    return this.state.activeSelector ?? selectorOf(this.plan.service);
  }
  async start() {
    const { plan, options } = this;
    this.state = { ...this.state, activeSelector: this.activeSelector };
    const replicas = deploymentSpec(plan.stable).replicas ?? 1;
    const hide = Object.keys(this.activeSelector);
    const deployment = trackDeployment(plan.stable, plan.template, "preview", replicas, hide);
    await applyOwnedObject(this.client, trackService(plan.service, this.stableName, "preview"), options.fieldManager);
    await applyOwnedObject(this.client, deployment, options.fieldManager);
    await this.saveState();
    await this.waitForTrack();
  }
  weightStep() {
    return Promise.reject(new StepFailure(["blue-green steps take no weights before the final 100% (the switch)"]));
  }
  async pointActiveAt(selector) {
    const service = refOf(this.plan.service);
    const live = await this.client.get(service);
    const current = selectorOf(live);
    await this.client.patch(
      service,
      selectorPatch(current, selector),
      "merge",
      progressiveManager(this.options.fieldManager)
    );
  }
  async finish() {
    const { options } = this;
    await options.phase("blue-green: switch the active Service to the preview", async () => {
      await this.pointActiveAt(trackSelector(this.stableName, "preview"));
      this.state = { ...this.state, switched: true, weight: 100 };
      this.share = 100;
      await this.saveState();
    });
    const delay = `blue-green: old version kept for scale-down-delay (${Math.round(options.scaleDownDelayMs / 1e3)}s)`;
    const waited = await options.phase(delay, () => sleepUnlessAborted(options.scaleDownDelayMs, options.signal));
    if (!waited) this.cancelled();
    const promoted = await options.phase("blue-green: stable takes the new template", () => options.promote());
    if (!promoted.ok) throw new StepFailure([`promotion failed: ${promoted.message ?? ""}`]);
    await options.phase("blue-green: selector back, preview removed", () => this.teardown());
    return promoted;
  }
  async teardown() {
    if (this.state.switched) await this.pointActiveAt(this.activeSelector);
    await removeTrack(this.client, this.options.namespace, this.stableName, "preview", this.options.fieldManager);
    await clearState(this.client, this.stableRef, this.options.fieldManager);
  }
};

// src/core/deploy/progressive/plan.ts
var HTTP_ROUTE = { apiVersion: "gateway.networking.k8s.io/v1", kind: "HTTPRoute" };
var INGRESS = { apiVersion: "networking.k8s.io/v1", kind: "Ingress" };
async function findService(client, options, template) {
  const { namespace, traffic } = options;
  const name = options.deployment.metadata.name ?? "";
  if (traffic.service) {
    const service = await client.get(serviceRef(namespace, traffic.service));
    if (!service)
      throw ConfigError.single("service", `service/${traffic.service} does not exist in namespace ${namespace}`);
    if (!selects(service, template))
      throw ConfigError.single(
        "service",
        `service/${traffic.service} does not select the pods of deployment/${name} (its selector ${JSON.stringify(selectorOf(service))} does not match the pod labels ${JSON.stringify(template.metadata?.labels ?? {})}); name the Service in front of deployment/${name}`
      );
    return service;
  }
  const { items } = await client.list("v1", "Service", namespace);
  const matching = items.filter((s) => selects(s, template) && !s.metadata.labels?.["deploy-kit.dev/track"]);
  if (matching.length === 1) return matching[0];
  throw ConfigError.single(
    "service",
    matching.length ? `several Services select deployment/${name} (${matching.map((s) => s.metadata.name).join(", ")}); name one` : `no Service in namespace ${namespace} selects the pods of deployment/${name}; a ${options.strategy} release splits traffic through one: create it or name it`
  );
}
async function findRoute(client, options, service) {
  const gateway = options.traffic.mode === "gateway-api";
  const input = gateway ? "http-route" : "ingress";
  const kind = gateway ? HTTP_ROUTE : INGRESS;
  const name = gateway ? options.traffic.route : options.traffic.ingress;
  if (!name) throw ConfigError.single(input, `traffic-mode ${options.traffic.mode} needs the name of the ${kind.kind}`);
  if (!await client.resource(kind.apiVersion, kind.kind))
    throw ConfigError.single(
      input,
      `the cluster does not serve ${kind.kind} (${kind.apiVersion})${gateway ? ": install the Gateway API CRDs" : ""}, or use traffic-mode replicas`
    );
  const route = await client.get({ ...kind, name, namespace: options.namespace });
  if (!route)
    throw ConfigError.single(
      input,
      `${kind.kind.toLowerCase()}/${name} does not exist in namespace ${options.namespace}`
    );
  const backends = JSON.stringify(route.spec?.rules ?? []);
  if (!backends.includes(`"name":"${service}"`))
    throw ConfigError.single(input, `${kind.kind.toLowerCase()}/${name} does not send traffic to service/${service}`);
  return route;
}
async function planRelease(client, options) {
  const name = options.deployment.metadata.name ?? "";
  const stable = await client.get(deploymentRef(options.namespace, name));
  if (!stable) return void 0;
  const template = deploymentSpec(options.deployment).template ?? {};
  const problems = [];
  const service = await findService(client, options, template);
  if (!selects(service, deploymentSpec(stable).template ?? {}))
    problems.push({
      input: "service",
      message: `service/${service.metadata.name} does not select the running pods of deployment/${name}`
    });
  if (problems.length) throw new ConfigError(problems);
  const route = options.strategy === "canary" && options.traffic.mode !== "replicas" ? await findRoute(client, options, service.metadata.name ?? "") : void 0;
  return { stable, template, digest: templateDigest(template), service, route, state: readState(stable) };
}

// src/core/deploy/progressive/routes.ts
var CANARY_ANNOTATION = "nginx.ingress.kubernetes.io/canary";
var CANARY_WEIGHT_ANNOTATION = "nginx.ingress.kubernetes.io/canary-weight";
function weightedRules(rules, stable, canary, weight) {
  return rules.map((rule) => {
    const refs = (rule.backendRefs ?? []).filter((ref) => ref.name !== canary);
    const stableRef = refs.find((ref) => ref.name === stable);
    if (!stableRef) return rule;
    const others = refs.filter((ref) => ref !== stableRef);
    const base = { ...stableRef };
    delete base.weight;
    if (weight === 0) return { ...rule, backendRefs: [others.length ? { ...base, weight: 100 } : base, ...others] };
    return {
      ...rule,
      backendRefs: [{ ...base, weight: 100 - weight }, { ...base, name: canary, weight }, ...others]
    };
  });
}
function gatewayRouter(client, route, stable, canary, fieldManager) {
  const setRules = async (weight) => {
    const live = await client.get(refOf(route)) ?? route;
    const rules = weightedRules(live.spec?.rules ?? [], stable, canary, weight);
    await client.patch(refOf(route), { spec: { rules } }, "merge", progressiveManager(fieldManager));
  };
  return {
    mode: "gateway-api",
    setWeight: async (weight) => (await setRules(weight), weight),
    reset: () => setRules(0),
    cleanup: () => setRules(0)
  };
}
function canaryIngress(ingress, stable, canary, weight) {
  const spec = JSON.parse(
    JSON.stringify(ingress.spec ?? {}).replaceAll(`"name":"${stable}"`, `"name":"${canary}"`)
  );
  delete spec.tls;
  return {
    apiVersion: ingress.apiVersion,
    kind: "Ingress",
    metadata: {
      name: `${ingress.metadata.name}-canary`,
      namespace: ingress.metadata.namespace,
      labels: { [OWNER_LABEL]: stable },
      annotations: { [CANARY_ANNOTATION]: "true", [CANARY_WEIGHT_ANNOTATION]: String(weight) }
    },
    spec
  };
}
function ingressRouter(client, ingress, stable, canary, fieldManager) {
  const canaryRef = refOf(canaryIngress(ingress, stable, canary, 0));
  return {
    mode: "ingress-nginx",
    async setWeight(weight) {
      await applyOwnedObject(client, canaryIngress(ingress, stable, canary, weight), fieldManager);
      return weight;
    },
    async reset() {
      if (await client.get(canaryRef))
        await applyOwnedObject(client, canaryIngress(ingress, stable, canary, 0), fieldManager);
    },
    cleanup: async () => void await client.delete(canaryRef)
  };
}

// src/core/deploy/progressive/cleanup.ts
async function resetRoute(client, namespace, state, fieldManager) {
  if (!state.route || state.mode === "replicas") return;
  const kind = state.mode === "gateway-api" ? HTTP_ROUTE : INGRESS;
  const route = await client.get({ ...kind, name: state.route, namespace });
  if (!route) return;
  const make = state.mode === "gateway-api" ? gatewayRouter : ingressRouter;
  const router = make(client, route, state.stableService, state.workload, fieldManager);
  await router.reset();
  await router.cleanup();
}
async function restoreSelector(client, namespace, state, fieldManager) {
  if (!state.switched || !state.activeSelector) return;
  const ref = serviceRef(namespace, state.stableService);
  const live = await client.get(ref);
  if (!live) return;
  const current = selectorOf(live);
  await client.patch(ref, selectorPatch(current, state.activeSelector), "merge", progressiveManager(fieldManager));
}
async function abortFromState(client, stable, state, fieldManager) {
  const namespace = stable.namespace ?? "";
  await resetRoute(client, namespace, state, fieldManager);
  await restoreSelector(client, namespace, state, fieldManager);
  const track = state.strategy === "canary" ? "canary" : "preview";
  const removed = await removeTrack(client, namespace, stable.name, track, fieldManager);
  await clearState(client, stable, fieldManager);
  return removed.length ? removed : [`${trackName(stable.name, track)} (already gone)`];
}

export {
  OWNER_LABEL,
  TRACK_LABEL,
  readState,
  clearState,
  deploymentSpec,
  selectorOf,
  deploymentRef,
  trackName,
  trackDeployment,
  trackService,
  canaryReplicas,
  replicaShare,
  applyOwnedObject,
  waitReady,
  removeTrack,
  parseSteps,
  DEFAULT_CANARY_STEPS,
  StepFailure,
  ProgressiveRun,
  BlueGreenRun,
  gatewayRouter,
  ingressRouter,
  planRelease,
  abortFromState
};
