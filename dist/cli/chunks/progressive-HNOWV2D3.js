#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  BlueGreenRun,
  DEFAULT_CANARY_STEPS,
  ProgressiveRun,
  StepFailure,
  abortFromState,
  applyOwnedObject,
  canaryReplicas,
  clearState,
  deploymentRef,
  deploymentSpec,
  gatewayRouter,
  ingressRouter,
  parseSteps,
  planRelease,
  removeTrack,
  replicaShare,
  selectorOf,
  trackDeployment,
  trackName,
  trackService,
  waitReady
} from "./chunk-ZTU4GKDM.js";
import {
  autocannonGenerator,
  compareWithBaseline,
  measuredRuns,
  runPerfGate
} from "./chunk-JQQOWQOR.js";
import {
  parseRegressionRule,
  parseThreshold
} from "./chunk-MCRHI3VV.js";
import {
  loadSpec,
  runSuite
} from "./chunk-M3MHMQRW.js";
import "./chunk-3VNZJGGW.js";
import {
  issueLine,
  parseYamlSource
} from "./chunk-FNCTB7A6.js";
import "./chunk-RKAIU4KG.js";
import {
  dryRunAll,
  orderForApply,
  release,
  validateManifests
} from "./chunk-56L6VD4M.js";
import {
  applyOwned
} from "./chunk-7ASGCHON.js";
import "./chunk-UXCDOLO6.js";
import {
  rolloutStatus
} from "./chunk-ZWEBF2P6.js";
import "./chunk-4S7TIHUF.js";
import {
  captureRecord
} from "./chunk-BYC3HQUC.js";
import "./chunk-RPGGMHGA.js";
import {
  ManifestError
} from "./chunk-K3ASPIPJ.js";
import "./chunk-WITNLNOW.js";
import "./chunk-PNFTDAMR.js";
import {
  refOf
} from "./chunk-CVQC67UJ.js";
import {
  waitUntilHealthy
} from "./chunk-XOMATJRQ.js";
import {
  parseAssertions,
  probe
} from "./chunk-YJ7VB7M5.js";
import "./chunk-7UZGQWUR.js";
import "./chunk-WB724NMC.js";
import "./chunk-RW64BBIN.js";
import {
  checkUrl,
  external_exports
} from "./chunk-MKPTSRCZ.js";
import {
  parseDuration
} from "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TTMFTJT2.js";
import {
  ConfigError,
  DeployKitError
} from "./chunk-TLPLIUBF.js";
import "./chunk-EORTFFLD.js";

// src/core/deploy/progressive/traffic.ts
function replicasRouter(client, canary, stableReplicas, fieldManager) {
  const scale = (replicas) => client.patch(canary, { spec: { replicas } }, "merge", fieldManager);
  return {
    mode: "replicas",
    async setWeight(weight) {
      const replicas = canaryReplicas(stableReplicas, weight);
      await scale(replicas);
      return replicaShare(stableReplicas, replicas);
    },
    async reset() {
      if (await client.get(canary)) await scale(0);
    },
    cleanup: () => Promise.resolve()
  };
}

// src/core/deploy/progressive/canary.ts
var CanaryRun = class extends ProgressiveRun {
  /** Canary capacity: pods for the weight (in replicas mode this is also the traffic split). */
  scaler;
  router;
  stableReplicas;
  constructor(client, plan, options, result) {
    super(client, plan, options, result, "canary");
    this.stableReplicas = deploymentSpec(plan.stable).replicas ?? 1;
    const ref = deploymentRef(options.namespace, this.workload);
    this.scaler = replicasRouter(client, ref, this.stableReplicas, options.fieldManager);
    const stableService = plan.service.metadata.name ?? "";
    const { mode } = options.traffic;
    this.router = mode === "gateway-api" ? gatewayRouter(client, plan.route, stableService, this.workload, options.fieldManager) : mode === "ingress-nginx" ? ingressRouter(client, plan.route, stableService, this.workload, options.fieldManager) : this.scaler;
  }
  async start() {
    const { plan, options } = this;
    const hide = options.traffic.mode === "replicas" ? [] : Object.keys(selectorOf(plan.service));
    const replicas = this.state.weight ? canaryReplicas(this.stableReplicas, this.state.weight) : 0;
    const deployment = trackDeployment(plan.stable, plan.template, "canary", replicas, hide);
    await applyOwnedObject(this.client, trackService(plan.service, this.stableName, "canary"), options.fieldManager);
    await applyOwnedObject(this.client, deployment, options.fieldManager);
    await this.saveState();
    if (this.state.weight) await this.weightStep(this.state.weight);
  }
  /** Scales the canary for the weight, waits for its pods (fail-fast), then moves the traffic. */
  async weightStep(weight) {
    const share = await this.scaler.setWeight(weight);
    await this.waitForTrack();
    this.share = this.router === this.scaler ? share : await this.router.setWeight(weight);
    this.sampler?.weight(weight, this.share);
    this.options.log(`${this.workload}: ${weight}% requested, ${this.share.toFixed(1)}% of traffic on the canary`);
  }
  async finish() {
    const { options } = this;
    const promoted = await options.phase("canary: promote (stable takes the new template)", () => options.promote());
    if (!promoted.ok) throw new StepFailure([`promotion failed: ${promoted.message ?? ""}`]);
    await options.phase("canary: remove the canary", () => this.teardown());
    return promoted;
  }
  async teardown() {
    await this.router.reset();
    await removeTrack(this.client, this.options.namespace, this.stableName, "canary", this.options.fieldManager);
    await this.router.cleanup();
    await clearState(this.client, this.stableRef, this.options.fieldManager);
  }
};

// src/core/deploy/progressive/index.ts
async function settleStable(client, plan, options) {
  if (rolloutStatus(plan.stable).done) return;
  const name = plan.stable.metadata.name ?? "";
  options.log(`deployment/${name} is mid-rollout; waiting for it to finish before the ${options.strategy} starts`);
  const outcome = await waitReady(client, refOf(plan.stable), { ...options, signal: options.signal });
  if (outcome.state !== "ready")
    throw new DeployKitError(
      `deployment/${name} was mid-rollout and did not finish (${outcome.message}); the ${options.strategy} did not start and nothing was changed`
    );
  plan.stable = await client.get(refOf(plan.stable)) ?? plan.stable;
}
async function progressiveRelease(client, options) {
  const started = Date.now();
  const plan = await planRelease(client, options);
  if (!plan) return void 0;
  const result = {
    strategy: options.strategy,
    mode: options.strategy === "canary" ? options.traffic.mode : "replicas",
    status: "aborted",
    deployment: plan.stable.metadata.name ?? "",
    workload: trackName(plan.stable.metadata.name ?? "", options.strategy === "canary" ? "canary" : "preview"),
    steps: [],
    message: "",
    elapsedMs: 0
  };
  const previous = plan.state;
  if (previous && (previous.template !== plan.digest || previous.strategy !== options.strategy)) {
    const removed = await options.phase(
      "Clean up a half-done release of another version",
      () => abortFromState(client, refOf(plan.stable), previous, options.fieldManager)
    );
    result.cleanedUp = `aborted the half-done ${previous.strategy} of another template (step ${previous.step + 1}): removed ${removed.join(", ")}`;
    options.log(result.cleanedUp);
    plan.state = void 0;
    plan.stable = await client.get(refOf(plan.stable)) ?? plan.stable;
  }
  await settleStable(client, plan, options);
  const run = options.strategy === "canary" ? new CanaryRun(client, plan, options, result) : new BlueGreenRun(client, plan, options, result);
  await run.run();
  result.elapsedMs = Date.now() - started;
  return result;
}

// src/actions/deploy/progressive-analysis.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";

// src/core/deploy/progressive/http-analysis.ts
var joinUrl = (base, path) => new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
var unreachable = (check, what) => ({
  check,
  passed: false,
  reasons: [`the ${what} endpoint is unknown: set the URL input for it`]
});
function healthAnalysis(options, deps) {
  return async function health(ctx) {
    if (!ctx.canaryUrl) return unreachable("health", "canary");
    const url = joinUrl(ctx.canaryUrl, options.path);
    const result = await waitUntilHealthy(
      {
        urls: [url],
        method: "GET",
        headers: {},
        assertions: options.assertions,
        timeoutMs: options.timeoutMs,
        intervalMs: 500,
        maxIntervalMs: 2e3,
        attemptTimeoutMs: Math.min(5e3, options.timeoutMs),
        successThreshold: 2,
        insecure: false,
        followRedirects: true
      },
      deps
    );
    const target = result.targets[0];
    const answer = target.lastStatus !== void 0 ? `HTTP ${target.lastStatus}` : target.lastErrorKind;
    return {
      check: "health",
      passed: result.healthy,
      reasons: [
        result.healthy ? `${options.path} healthy after ${result.attempts} attempt(s)` : `${options.path} not healthy after ${result.attempts} attempt(s): ${answer}${target.lastDetail ? ` (${target.lastDetail})` : ""}`
      ]
    };
  };
}
function smokeAnalysis(spec, options, deps) {
  return async function smoke(ctx) {
    if (!ctx.canaryUrl) return unreachable("smoke", "canary");
    const result = await runSuite(
      spec,
      { baseUrl: ctx.canaryUrl, concurrency: 4, failFast: false, timeoutMs: options.timeoutMs, env: {} },
      deps
    );
    const failed = result.checks.filter((c) => c.verdict === "fail");
    return {
      check: "smoke",
      passed: result.passed,
      reasons: result.passed ? [`${result.total} check(s) passed`] : failed.map((c) => `check '${c.name}' failed: ${c.reason ?? "assertion failed"}`)
    };
  };
}
function gate(url, options, thresholds, generate) {
  return runPerfGate(
    {
      load: {
        url,
        method: "GET",
        headers: {},
        connections: options.connections,
        durationMs: options.durationMs,
        timeoutMs: 1e4
      },
      warmupMs: 0,
      runs: 1,
      shard: 1,
      shards: 1,
      thresholds,
      warnMargin: 0,
      abortOnFail: false,
      rules: []
    },
    generate
  );
}
var round = (value) => Number(value.toFixed(4));
var side = (report) => ({ runs: measuredRuns(report), timeline: report.timeline });
function perfAnalysis(options, generate) {
  return async function perf(ctx) {
    if (!ctx.canaryUrl) return unreachable("perf", "canary");
    const compare = options.rules.length > 0 && Boolean(ctx.stableUrl);
    const [canary, stable] = await Promise.all([
      gate(joinUrl(ctx.canaryUrl, options.path), options, options.thresholds, generate),
      compare ? gate(joinUrl(ctx.stableUrl, options.path), options, [], generate) : void 0
    ]);
    const reasons = canary.thresholds.map((t) => `${t.expression}: ${t.verdict} (measured ${round(t.measured)})`);
    let passed = canary.verdict !== "fail";
    for (const rule of stable ? options.rules : []) {
      const result = compareWithBaseline(rule, side(stable), side(canary));
      if (result.verdict === "fail") passed = false;
      reasons.push(
        `canary vs stable ${rule.expression}: ${result.verdict} (stable ${result.baseline.toFixed(2)}, canary ${result.current.toFixed(2)}, p=${result.pValue})`
      );
    }
    if (options.rules.length && !stable) reasons.push("canary vs stable: skipped, the stable endpoint is unknown");
    return { check: "perf", passed, reasons };
  };
}

// src/actions/deploy/progressive-analysis.ts
var durationText = external_exports.string().refine((v) => parseDuration(v) !== void 0, "must be a duration such as 10s or 1m");
var analysisSchema = external_exports.object({
  health: external_exports.string().startsWith("/").optional(),
  expect: external_exports.array(external_exports.string()).default(["status == 200"]),
  smoke: external_exports.string().optional(),
  perf: external_exports.array(external_exports.string()).default([]),
  compare: external_exports.array(external_exports.string()).default([]),
  duration: durationText.default("10s"),
  connections: external_exports.number().int().min(1).max(64).default(4),
  path: external_exports.string().startsWith("/").default("/"),
  timeout: durationText.default("30s")
}).strict();
function collect(lines, key, at, parse) {
  const values = [];
  const problems = [];
  lines.forEach((line, i) => {
    const parsed = parse(line);
    if (typeof parsed === "string") problems.push({ input: "analysis", message: `${key}: ${parsed}`, line: at(i) });
    else values.push(parsed);
  });
  return { values, problems };
}
async function smokeFrom(file, cwd, timeoutMs, http) {
  const path = isAbsolute(file) ? file : join(cwd, file);
  const text = await readFile(path, "utf8").catch(() => {
    throw ConfigError.single("analysis", `smoke: cannot read the smoke spec '${file}'`);
  });
  const { spec, problems } = loadSpec(text, {});
  if (!spec)
    throw new ConfigError(
      problems.map((p) => ({ input: "analysis", message: `smoke: ${p.message}`, file, line: p.line }))
    );
  return smokeAnalysis(spec, { timeoutMs }, http);
}
async function analysesFrom(raw, hosts) {
  if (!raw?.trim()) return { analyses: [] };
  const source = parseYamlSource(raw);
  const fail = (problems2) => new ConfigError(problems2.map((p) => ({ input: p.input, message: `line ${p.line ?? 1}: ${p.message}` })));
  if (source.syntaxErrors.length)
    throw fail(
      source.syntaxErrors.map((e) => ({ input: "analysis", message: `not valid YAML: ${e.message}`, line: e.line }))
    );
  const parsed = analysisSchema.safeParse(source.value);
  if (!parsed.success)
    throw fail(
      parsed.error.issues.map((issue) => ({
        input: "analysis",
        message: `${issue.path.join(".") || "analysis"}: ${issue.message}`,
        line: issueLine(source, issue)
      }))
    );
  const config = parsed.data;
  const timeoutMs = parseDuration(config.timeout);
  const expect = parseAssertions(config.expect);
  const thresholds = collect(config.perf, "perf", (i) => source.lineOf(["perf", i]), parseThreshold);
  const rules = collect(config.compare, "compare", (i) => source.lineOf(["compare", i]), parseRegressionRule);
  const problems = [
    ...expect.problems.map((p) => ({
      input: "analysis",
      message: `expect: ${p.message}`,
      line: source.lineOf(["expect", p.index])
    })),
    ...thresholds.problems,
    ...rules.problems
  ];
  if (problems.length) throw fail(problems);
  const analyses = [];
  if (config.health)
    analyses.push(healthAnalysis({ path: config.health, assertions: expect.assertions, timeoutMs }, hosts.http));
  if (config.smoke) analyses.push(await smokeFrom(config.smoke, hosts.cwd, timeoutMs, hosts.http));
  if (thresholds.values.length || rules.values.length)
    analyses.push(
      perfAnalysis(
        {
          path: config.path,
          thresholds: thresholds.values,
          rules: rules.values,
          durationMs: parseDuration(config.duration),
          connections: config.connections
        },
        hosts.generate
      )
    );
  return { analyses, path: config.path };
}

// src/actions/deploy/progressive.ts
var SIMULATOR_URL_ANNOTATION = "sim.deploy-kit.dev/url";
function stepsFrom(inputs) {
  const blueGreen = inputs.strategy === "blue-green";
  const text = inputs.steps?.trim() ? inputs.steps : blueGreen ? "- analysis\n- 100%\n" : DEFAULT_CANARY_STEPS;
  const { steps, problems } = parseSteps(text);
  const weights = blueGreen ? steps.filter((s) => s.kind === "weight" && s.weight !== 100) : [];
  for (const step of weights)
    problems.push({
      line: step.line,
      message: "blue-green takes no weights: only pause, analysis and the final 100% (the switch)"
    });
  if (problems.length)
    throw new ConfigError(problems.map((p) => ({ input: "steps", message: `line ${p.line}: ${p.message}` })));
  return steps;
}
function targetOf(manifests) {
  const workloads = manifests.filter((m) => ["Deployment", "StatefulSet", "DaemonSet"].includes(m.object.kind));
  if (workloads.length === 1 && workloads[0].object.kind === "Deployment") return workloads[0];
  throw ConfigError.single(
    "manifests",
    `a canary or blue-green release takes exactly one Deployment; found ${workloads.map((w) => `${w.object.kind.toLowerCase()}/${w.object.metadata.name}`).join(", ") || "none"}`
  );
}
function urlResolver(inputs, client) {
  const template = inputs["service-url"];
  return async (ref) => {
    if (template && ref.kind === "Service")
      return template.replaceAll("{service}", ref.name).replaceAll("{namespace}", ref.namespace ?? "");
    const live = await client.get(ref).catch(() => void 0);
    return live?.metadata.annotations?.[SIMULATOR_URL_ANNOTATION];
  };
}
async function checkManifests(manifests, ctx, inputs) {
  const problems = await validateManifests(manifests, ctx.client, ctx.namespace);
  if (problems.length) throw new ManifestError(problems);
  await dryRunAll(
    manifests,
    ctx.client,
    { fieldManager: inputs["field-manager"], force: inputs["force-conflicts"] },
    /* @__PURE__ */ new Set()
  );
}
function checkInputs(inputs) {
  for (const name of ["traffic-url"]) {
    const problem = inputs[name] ? checkUrl(inputs[name]) : void 0;
    if (problem) throw ConfigError.single(name, problem);
  }
  const template = inputs["service-url"];
  if (template && checkUrl(template.replaceAll("{service}", "x").replaceAll("{namespace}", "y")))
    throw ConfigError.single(
      "service-url",
      `must be a URL template such as http://{service}.{namespace}.svc:8080, got '${template}'`
    );
}
async function executeProgressive(inputs, runtime, manifests, ctx) {
  checkInputs(inputs);
  const steps = stepsFrom(inputs);
  const target = targetOf(manifests);
  const { analyses, path } = await analysesFrom(inputs.analysis, {
    cwd: runtime.cwd,
    http: { probe },
    generate: autocannonGenerator
  });
  await runtime.group("Validate and dry-run", () => checkManifests(manifests, ctx, inputs));
  const { record } = await captureRecord(ctx.client, [target], {
    version: inputs.version,
    namespace: ctx.namespace,
    context: ctx.context,
    fieldManager: inputs["field-manager"]
  });
  if (!record.workloads[0]?.existedBefore) return void 0;
  const recordPath = await ctx.saveRecord(record);
  let promoted;
  const others = orderForApply(manifests.filter((m) => m !== target));
  const log = (line) => runtime.info(line);
  const result = await progressiveRelease(ctx.client, {
    strategy: inputs.strategy,
    namespace: ctx.namespace,
    deployment: target.object,
    steps,
    traffic: {
      mode: inputs["traffic-mode"],
      service: inputs.service,
      route: inputs["http-route"],
      ingress: inputs.ingress
    },
    fieldManager: inputs["field-manager"],
    timeoutMs: inputs.timeout,
    graceMs: inputs["fail-fast-grace"],
    scaleDownDelayMs: inputs["scale-down-delay"],
    version: inputs.version,
    analyses,
    urlOf: urlResolver(inputs, ctx.client),
    trafficUrl: inputs["traffic-url"] || void 0,
    trafficPath: path,
    probe,
    signal: ctx.signal,
    log,
    phase: (title, fn) => runtime.group(title, fn),
    beforeStart: async () => {
      for (const { object } of others)
        await applyOwned(ctx.client, object, {
          fieldManager: inputs["field-manager"],
          force: inputs["force-conflicts"]
        });
    },
    promote: async () => {
      promoted = await release(ctx.client, [target], {
        namespace: ctx.namespace,
        fieldManager: inputs["field-manager"],
        force: inputs["force-conflicts"],
        wait: true,
        timeoutMs: inputs.timeout,
        graceMs: inputs["fail-fast-grace"],
        rollbackOnFailure: inputs["rollback-on-failure"],
        version: inputs.version,
        context: ctx.context,
        saveRecord: ctx.saveRecord,
        log,
        phase: (title, fn) => runtime.group(title, fn)
      });
      return { ok: promoted.status === "succeeded", message: promoted.message };
    }
  });
  if (!result) return void 0;
  if (promoted && result.status === "promoted") return { ...promoted, progressive: result };
  return {
    status: "rolled-back",
    record,
    recordPath,
    applied: [],
    outcomes: promoted?.outcomes ?? [],
    rollback: promoted?.rollback,
    message: result.message,
    notDryRun: [],
    progressive: result
  };
}
export {
  executeProgressive
};
