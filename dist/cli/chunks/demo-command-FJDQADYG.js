#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  startSimulator
} from "./chunk-7JABKPEJ.js";
import {
  analyze,
  createPrometheusProvider,
  parseCondition,
  promNumber
} from "./chunk-RZ2DIEK4.js";
import {
  outcomeLine,
  pipelineActions,
  renderPipelineMarkdown,
  runPipeline,
  runStep,
  terminalEvents,
  writeReports
} from "./chunk-5337PCRX.js";
import "./chunk-3H52V5BP.js";
import "./chunk-IJDQ7I7M.js";
import "./chunk-VSALJTQM.js";
import "./chunk-26UE3C6K.js";
import "./chunk-B4FJAGZT.js";
import "./chunk-ZDXQ3BUW.js";
import "./chunk-RCKPXYKE.js";
import "./chunk-3IMVR3IU.js";
import {
  EXIT,
  SUMMARIES,
  parseCommandFlags
} from "./chunk-BVZ2AC2N.js";
import "./chunk-WBF3CHRZ.js";
import "./chunk-4K6QMQV5.js";
import "./chunk-6SBZGMAY.js";
import "./chunk-RXCNNUO5.js";
import "./chunk-C5NZ7WGN.js";
import "./chunk-HXGOIX2C.js";
import "./chunk-JQQOWQOR.js";
import "./chunk-MCRHI3VV.js";
import "./chunk-M3MHMQRW.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-FNCTB7A6.js";
import "./chunk-RKAIU4KG.js";
import "./chunk-JWOMXZNR.js";
import "./chunk-PRWZRJSU.js";
import "./chunk-UMBHLED5.js";
import "./chunk-56L6VD4M.js";
import "./chunk-7ASGCHON.js";
import "./chunk-UXCDOLO6.js";
import "./chunk-ZWEBF2P6.js";
import "./chunk-4S7TIHUF.js";
import "./chunk-BYC3HQUC.js";
import "./chunk-RPGGMHGA.js";
import "./chunk-K3ASPIPJ.js";
import "./chunk-WITNLNOW.js";
import "./chunk-PNFTDAMR.js";
import "./chunk-CVQC67UJ.js";
import "./chunk-W5SOKGYK.js";
import "./chunk-XOMATJRQ.js";
import "./chunk-YJ7VB7M5.js";
import "./chunk-7UZGQWUR.js";
import {
  SecretMask
} from "./chunk-WB724NMC.js";
import "./chunk-RW64BBIN.js";
import {
  heading,
  table
} from "./chunk-LNGQDQGR.js";
import "./chunk-6GAZEXCQ.js";
import "./chunk-K35DMT4Z.js";
import "./chunk-MKPTSRCZ.js";
import "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TTMFTJT2.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";
import "./chunk-EORTFFLD.js";

// src/cli/demo-command.ts
import { resolve } from "node:path";

// src/pipeline/demo.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/pipeline/demo-canary.ts
import { join as join2 } from "node:path";

// src/pipeline/demo-manifests.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
function serviceManifest(namespace) {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${namespace}
---
apiVersion: v1
kind: Service
metadata:
  name: demo
  namespace: ${namespace}
spec:
  selector:
    app: demo
  ports:
    - port: 80
      targetPort: 8080
`;
}
function releaseManifest(namespace, version, env = {}, image = `deploy-kit/demo-app:${version}`) {
  const envLines = Object.entries({ VERSION: version, ...env }).map(([name, value]) => `            - name: ${name}
              value: "${value}"`).join("\n");
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: demo
  namespace: ${namespace}
spec:
  replicas: 2
  progressDeadlineSeconds: 60
  selector:
    matchLabels:
      app: demo
  template:
    metadata:
      labels:
        app: demo
    spec:
      containers:
        - name: app
          image: ${image}
          ports:
            - containerPort: 8080
          env:
${envLines}
`;
}
function writeManifest(dir, name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// src/pipeline/demo-canary.ts
var VERSION = "v4";
var STEPS = "- 20%\n- analysis\n- 50%\n- analysis\n- 100%\n";
var ANALYSIS = "health: /healthz\nperf:\n  - error_rate < 1%\npath: /api/items\nduration: 3s\nconnections: 2\n";
function measuredFrom(step) {
  const match = /(\d+) of (\d+) requests to \S+ reached v4 \(([\d.]+)%\)/.exec(step.failure ?? step.summary);
  const configured = /\| 1\. 20% \| ([\d.]+)% \|/.exec(step.summary);
  if (!match) return void 0;
  return {
    toNew: Number(match[1]),
    requests: Number(match[2]),
    share: Number(match[3]),
    configured: Number(configured?.[1] ?? 20)
  };
}
async function runCanaryDemo(ctx, o) {
  const manifest = writeManifest(
    o.manifestsDir,
    `demo-${VERSION}.yaml`,
    releaseManifest(o.namespace, VERSION, { ERROR_RATE: "0.2" })
  );
  const step = await runStep(ctx, "deploy", `${VERSION} as a canary`, {
    manifests: manifest,
    namespace: o.namespace,
    strategy: "canary",
    steps: STEPS,
    analysis: ANALYSIS,
    version: VERSION,
    timeout: "90s",
    "fail-fast-grace": "2s",
    "record-file": join2(o.reportsDir, `deploy-record-${VERSION}.json`)
  });
  return {
    version: VERSION,
    story: "released as a canary; 20% of its answers are 500s: the first analysis fails and the canary is aborted",
    step,
    abortedAt: /aborted at step \d+ \(([^)]+)\)/.exec(step.failure ?? "")?.[1],
    measured: measuredFrom(step)
  };
}
function renderCanaryDemo(canary) {
  const m = canary.measured;
  return `${heading(`Release ${canary.version}: canary`, 2)}${canary.story}.

${table(
    [
      "outcome",
      "aborted at",
      "requests sampled",
      `answered by ${canary.version}`,
      "measured share",
      "configured share"
    ],
    [
      [
        canary.step.outcome === "failed" ? "aborted, traffic back on stable" : canary.step.outcome,
        canary.abortedAt ?? "-",
        m?.requests ?? "-",
        m?.toNew ?? "-",
        m ? `${m.share}%` : "not measured",
        m ? `${m.configured}%` : "-"
      ]
    ]
  )}
${canary.step.summary}
`;
}

// src/clients/metrics/prometheus-process.ts
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";
function prometheusBinary(env = process.env) {
  const candidate = env.DK_PROMETHEUS_BIN || "prometheus";
  return spawnSync(candidate, ["--version"], { stdio: "ignore" }).status === 0 ? candidate : void 0;
}
async function freePort() {
  const server = createServer();
  await new Promise((resolve2) => server.listen(0, "127.0.0.1", resolve2));
  const { port } = server.address();
  await new Promise((resolve2) => server.close(resolve2));
  return port;
}
function configYaml(setup) {
  const interval = setup.scrapeInterval ?? "500ms";
  return [
    "global:",
    `  scrape_interval: ${interval}`,
    `  scrape_timeout: ${interval}`,
    "scrape_configs:",
    "  - job_name: deploy-kit-test",
    "    static_configs:",
    `      - targets: [${setup.targets.map((t) => `'${t}'`).join(", ")}]`,
    ""
  ].join("\n");
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
var accepts = (port) => new Promise((resolve2) => {
  const socket = connect(port, "127.0.0.1", () => (socket.destroy(), resolve2(true)));
  socket.on("error", () => resolve2(false));
});
async function waitReady(port, child, log) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}:
${log()}`);
    if (await accepts(port)) return;
    await sleep(100);
  }
  throw new Error(`prometheus did not become ready:
${log()}`);
}
async function startPrometheus(setup, binary = prometheusBinary()) {
  if (!binary) throw new Error("prometheus is not installed (.ci/services.d/30-prometheus.sh installs it)");
  const dir = mkdtempSync(join3(tmpdir(), "dk-prometheus-"));
  writeFileSync2(join3(dir, "prometheus.yml"), configYaml(setup));
  const port = await freePort();
  const args = [
    `--config.file=${join3(dir, "prometheus.yml")}`,
    `--storage.tsdb.path=${join3(dir, "data")}`,
    `--web.listen-address=127.0.0.1:${port}`,
    "--log.level=warn"
  ];
  if (setup.webConfig) {
    writeFileSync2(join3(dir, "web.yml"), setup.webConfig);
    args.push(`--web.config.file=${join3(dir, "web.yml")}`);
  }
  let output = "";
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (d) => output = (output + String(d)).slice(-4e3));
  child.stderr.on("data", (d) => output = (output + String(d)).slice(-4e3));
  const scheme = setup.webConfig?.includes("tls_server_config") ? "https" : "http";
  const url = `${scheme}://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve2) => child.once("exit", resolve2));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(port, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, waitForScrapes: (n = 2) => waitForScrapes(url, setup.targets.length, n) };
}
async function waitForScrapes(url, targets, n) {
  const count = async () => {
    const r = await fetch(`${url}/api/v1/query?query=${encodeURIComponent("count_over_time(up[1h]) and up == 1")}`);
    if (r.status !== 200) return 0;
    const body = await r.json();
    const values = body.data.result.map((s) => Number(s.value[1]));
    return values.length < targets ? 0 : Math.min(...values);
  };
  const start = await count();
  for (let i = 0; i < 300; i++) {
    if (await count() >= start + n) return;
    await sleep(100);
  }
  throw new Error(`prometheus did not scrape its targets ${n} times within 30s`);
}

// src/clients/metrics/scrape.ts
var SCRAPE_QUERIES = ["error-ratio", "latency-buckets"];
var LINE = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/;
var LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;
function parseExposition(text) {
  const series = [];
  for (const line of text.split("\n")) {
    const match = line.match(LINE);
    if (!match || line.startsWith("#")) continue;
    const labels = Object.fromEntries([...(match[2] ?? "").matchAll(LABEL)].map((m) => [m[1], m[2]]));
    series.push({ name: match[1], labels, value: promNumber(match[3]) });
  }
  return series;
}
var keyOf = (s) => `${s.name}${JSON.stringify(s.labels)}`;
function increases(now, before, name, version) {
  return [...now.values()].filter((s) => s.name === name && (version === void 0 || s.labels.version === version)).map((s) => ({ ...s, value: s.value - (before.get(keyOf(s))?.value ?? 0) }));
}
function sampleOf(query, now, before) {
  const [, kind, version] = query.match(/^(error-ratio|latency-buckets)(?:\s+version=(\S+))?$/) ?? [];
  if (kind === "error-ratio") {
    const rows = increases(now, before, "http_requests_total", version);
    const total = rows.reduce((sum, s) => sum + s.value, 0);
    const errors = rows.filter((s) => s.labels.code?.startsWith("5")).reduce((sum, s) => sum + s.value, 0);
    return total > 0 ? { kind: "value", value: errors / total } : { kind: "empty", reason: "no requests since the last measurement" };
  }
  const byLe = /* @__PURE__ */ new Map();
  for (const s of increases(now, before, "http_request_duration_seconds_bucket", version))
    byLe.set(promNumber(s.labels.le), (byLe.get(promNumber(s.labels.le)) ?? 0) + s.value);
  const buckets = [...byLe].map(([le, count]) => ({ le, count }));
  return buckets.length ? { kind: "histogram", buckets } : { kind: "empty", reason: "no latency series" };
}
function createScrapeProvider(url, scrapes = 4) {
  const previous = /* @__PURE__ */ new Map();
  let first = /* @__PURE__ */ new Map();
  const snapshot = async () => {
    const merged = /* @__PURE__ */ new Map();
    for (let i = 0; i < scrapes; i++) {
      const response = await fetch(`${url}/metrics`).catch((error) => {
        throw ConfigError.single("address", `cannot read ${url}/metrics: ${String(error)}`);
      });
      for (const s of parseExposition(await response.text())) {
        const key = keyOf(s);
        if (!merged.has(key) || merged.get(key).value < s.value) merged.set(key, s);
      }
    }
    return merged;
  };
  return {
    name: "prometheus",
    async start() {
      first = await snapshot();
    },
    async measure(metric) {
      if (!SCRAPE_QUERIES.some((q) => metric.query.startsWith(q)))
        throw ConfigError.single(
          "metrics",
          `metric '${metric.name}': reading /metrics directly answers only ${SCRAPE_QUERIES.join(", ")}`
        );
      const now = await snapshot();
      const sample = sampleOf(metric.query, now, previous.get(metric.name) ?? first);
      previous.set(metric.name, now);
      return sample;
    }
  };
}

// src/pipeline/demo-analysis.ts
var condition = (text) => parseCondition(text);
var PROMQL = {
  "error-rate": `(sum(rate(http_requests_total{version="{{version}}",code=~"5.."}[3s])) or vector(0)) / sum(rate(http_requests_total{version="{{version}}"}[3s]))`,
  "p95-latency": `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{version="{{version}}"}[3s])))`
};
var DIRECT = {
  "error-rate": "error-ratio version={{version}}",
  "p95-latency": "latency-buckets version={{version}}"
};
function metrics(source) {
  const queries = source === "prometheus" ? PROMQL : DIRECT;
  const latency = source === "prometheus" ? "value < 500ms" : "p(95) < 500ms";
  return [
    {
      name: "error-rate",
      provider: "prometheus",
      query: queries["error-rate"],
      condition: condition("value < 1%"),
      direction: "increase"
    },
    {
      name: "p95-latency",
      provider: "prometheus",
      query: queries["p95-latency"],
      condition: condition(latency),
      direction: "increase"
    }
  ];
}
function traffic(url) {
  let running = true;
  const loop = (async () => {
    while (running) {
      await Promise.all([
        fetch(`${url}/api/items`).then((r) => r.arrayBuffer()).catch(() => void 0),
        new Promise((r) => setTimeout(r, 50))
      ]);
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}
var deps = { sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now };
var plan = { intervalMs: 1500, count: 3, initialDelayMs: 0, failureLimit: 0, inconclusiveLimit: 0 };
async function withPrometheus(o, binary) {
  const server = await startPrometheus({ targets: [new URL(o.url).host], scrapeInterval: "500ms" }, binary);
  o.say(`metric analysis: a real Prometheus (${binary}) at ${server.url} scrapes the pods' /metrics every 500ms`);
  try {
    await server.waitForScrapes(6);
    const provider = await createPrometheusProvider({ address: server.url, timeoutMs: 5e3 });
    try {
      return await analyze(
        { metrics: metrics("prometheus"), plan, vars: { version: o.version }, minScore: 100, kitVersion: "demo" },
        { providers: { prometheus: provider }, ...deps }
      );
    } finally {
      await provider.close();
    }
  } finally {
    await server.stop();
  }
}
async function direct(o) {
  o.say(`metric analysis: no prometheus on PATH; reading the pods' /metrics directly through ${o.url}`);
  const provider = createScrapeProvider(o.url);
  await provider.start();
  await deps.sleep(plan.intervalMs);
  return analyze(
    { metrics: metrics("direct"), plan, vars: { version: o.version }, minScore: 100, kitVersion: "demo" },
    { providers: { prometheus: provider }, ...deps }
  );
}
async function analyzeDemoRelease(o) {
  const binary = o.prometheus === void 0 ? prometheusBinary(o.env) : o.prometheus ?? void 0;
  const stop = traffic(o.url);
  try {
    const report = binary ? await withPrometheus(o, binary) : await direct(o);
    o.say(
      `metric analysis of ${o.version}: ${report.verdict} (score ${report.score}); ${report.metrics.map((m) => `${m.name} ${m.measurements.at(-1)?.reason ?? ""}`).join("; ")}`
    );
    return { source: binary ? "prometheus" : "direct", report };
  } finally {
    await stop();
  }
}
function renderDemoAnalysis(a) {
  const rows = a.report.metrics.map((m) => [m.name, m.query, m.outcome, m.reason]);
  const how = a.source === "prometheus" ? "a real Prometheus scraping the pods" : "the pods' /metrics read directly (no Prometheus on PATH)";
  return `
## Metric analysis of ${a.report.vars.version}: ${a.report.verdict} (score ${a.report.score})

From ${how}.

${table(["metric", "query", "outcome", "last"], rows)}`;
}

// src/pipeline/demo-report.ts
function renderDemoMarkdown(demo) {
  const rollbacks = demo.releases.filter((r) => r.result.status === "rolled-back");
  let md = heading("deploy-kit demo: three releases on the embedded Kubernetes simulator", 1);
  const out = (r, step, key) => r.result.steps.find((s) => s.name === step)?.outputs[key] ?? "";
  md += table(
    ["release", "what it shows", "outcome", "p95 ms", "score", "restored", "reason"],
    demo.releases.map((r) => [
      r.version,
      r.story,
      r.result.status,
      out(r, "perf-gate", "p95-ms"),
      out(r, "quality-score", "score"),
      r.result.restoredVersion ?? "",
      r.result.reason ?? ""
    ])
  );
  md += `
**Rollbacks: ${rollbacks.length}**

`;
  for (const r of rollbacks) md += `- ${r.version}: ${outcomeLine(r.result)}
`;
  md += `
**Now serving:** ${demo.serving ?? "nothing"} at ${demo.url}, health check ${demo.healthy ? "passed \u2705" : "failed \u274C"}

`;
  for (const r of demo.releases) md += renderPipelineMarkdown(r.result, `Release ${r.version}`);
  if (demo.canary) md += renderCanaryDemo(demo.canary);
  return md;
}

// src/pipeline/demo.ts
var SMOKE_SPEC = `# The demo service's smoke suite (smoke-test grammar).
checks:
  - name: health
    path: /healthz
    expect:
      - status 200
      - jsonpath $.status == "ok"
  - name: items
    path: /api/items
    expect:
      - status 200
      - jsonpath $.items count >= 1
  - name: echo
    method: POST
    path: /api/echo
    json:
      hello: demo
    expect:
      - status 200
      - jsonpath $.echo.hello == "demo"
`;
function releaseConfig(o, version, manifest, baseline) {
  const report = (kind, v) => join4(o.outDir, "reports", `${kind}-${v}.json`);
  return {
    version,
    environment: "demo",
    deploy: {
      manifests: manifest,
      namespace: o.namespace,
      timeout: "90s",
      "fail-fast-grace": "2s",
      version,
      "record-file": report("deploy-record", version)
    },
    verify: {
      "health-check": { url: `${o.url}/healthz`, timeout: "30s", interval: "200ms", "max-interval": "1s" },
      "smoke-test": {
        spec: join4(o.outDir, "smoke.yml"),
        "base-url": o.url,
        "report-dir": join4(o.outDir, "reports", `smoke-${version}`)
      },
      "perf-gate": {
        url: `${o.url}/api/items`,
        connections: "4",
        duration: o.perfDuration,
        warmup: o.perfWarmup,
        thresholds: "p(95) < 1s\nerror_rate == 0",
        report: report("perf", version),
        ...baseline ? { baseline: report("perf", "v1"), "max-regression": "p(95): 50%" } : {}
      }
    },
    "quality-score": {
      "min-score": "80",
      report: report("score", version),
      ...baseline ? { baseline: report("score", "v1") } : {}
    },
    rollback: { timeout: "90s" },
    baseDir: o.outDir
  };
}
async function runDemo(options) {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== void 0));
  const o = {
    namespace: "deploy-kit-demo",
    perfDuration: "8s",
    perfWarmup: "2s",
    latencyMs: 150,
    say: () => void 0,
    ...given
  };
  const mask = new SecretMask();
  mask.add(o.cluster.token);
  const env = { ...o.env, KUBECONFIG: o.cluster.kubeconfigPath };
  await mkdir(join4(o.outDir, "manifests"), { recursive: true });
  await mkdir(join4(o.outDir, "reports"), { recursive: true });
  await writeFile(join4(o.outDir, "smoke.yml"), SMOKE_SPEC);
  const ctx = {
    actions: o.actions,
    env,
    cwd: o.outDir,
    tempDir: join4(o.outDir, "reports"),
    mask,
    events: o.events ?? {}
  };
  const manifestsDir = join4(o.outDir, "manifests");
  o.say(`setting up: namespace ${o.namespace} and the demo Service`);
  const setup = await runStep(ctx, "deploy", "create the namespace and the Service", {
    manifests: writeManifest(manifestsDir, "service.yaml", serviceManifest(o.namespace)),
    namespace: o.namespace,
    timeout: "60s"
  });
  const url = o.cluster.serviceUrl(o.namespace, "demo");
  if (setup.outcome !== "passed" || !url)
    throw new Error(`demo setup failed: ${setup.failure ?? "the Service has no URL"}`);
  o.say(`the demo service answers at ${url}`);
  const base = {
    outDir: o.outDir,
    namespace: o.namespace,
    perfDuration: o.perfDuration,
    perfWarmup: o.perfWarmup,
    url
  };
  const plan2 = [
    { version: "v1", story: "a good release: every gate passes and its perf report becomes the baseline", env: {} },
    {
      version: "v2",
      story: "pods crash on start: the deploy fails fast and rolls back in the same step",
      env: { CRASH_ON_START: "true" }
    },
    {
      version: "v3",
      story: `rolls out fine but answers ${o.latencyMs} ms slower: perf-gate fails against v1's baseline, the score drops, rollback from the deploy record`,
      env: { LATENCY_MS: String(o.latencyMs) }
    }
  ];
  const releases = [];
  for (const step of plan2) {
    o.say(`
release ${step.version}: ${step.story}`);
    const manifest = writeManifest(
      manifestsDir,
      `demo-${step.version}.yaml`,
      releaseManifest(o.namespace, step.version, step.env)
    );
    const result = await runPipeline(releaseConfig(base, step.version, manifest, step.version !== "v1"), o.actions, {
      env,
      tempDir: ctx.tempDir,
      events: o.events,
      mask
    });
    releases.push({ version: step.version, story: step.story, result });
  }
  o.say("\nrelease v4: a canary answering 20% of its requests with 500");
  const canary = await runCanaryDemo(ctx, { namespace: o.namespace, manifestsDir, reportsDir: ctx.tempDir });
  o.say(`v4: ${canary.step.failure ?? canary.step.outcome}`);
  o.say("\nfinal check: which version serves, and is it healthy?");
  const finalCheck = await runStep(ctx, "health-check", "the service after both rollbacks", {
    url: `${url}/healthz`,
    timeout: "30s",
    interval: "200ms"
  });
  const serving = await fetch(`${url}/version`).then((r) => r.json()).then((b) => b.version).catch(() => void 0);
  const partial = { releases, canary, serving, healthy: finalCheck.outcome === "passed", finalCheck, url };
  const analysis = serving ? await analyzeDemoRelease({ url, version: serving, env: o.env, say: o.say }) : void 0;
  const analysisMarkdown = analysis ? renderDemoAnalysis(analysis) : "";
  return { ...partial, analysis, markdown: renderDemoMarkdown(partial) + analysisMarkdown };
}

// src/cli/demo-command.ts
var USAGE = `deploy-kit demo [--out-dir DIR] [--perf-duration 8s] [--verbose]
  Starts the embedded Kubernetes simulator and runs the release pipeline three times on the demo
  service: v1 (every gate passes), v2 (pods crash: fast fail and rollback), v3 (slower: the perf
  gate fails against v1's baseline and the pipeline rolls back from the deploy record). Ends with
  v1 serving and healthy. Writes summary.md and summary.html to DIR (default: demo-output).
  --out-dir DIR          where the manifests, reports and summaries go
  --perf-duration 8s     load-test length per release
  --verbose              print each step's log lines

example:
  deploy-kit demo --out-dir demo-output --perf-duration 4s`;
function demoAsExpected(demo) {
  const status = demo.releases.map((r) => r.result.status).join(",");
  return status === "succeeded,rolled-back,rolled-back" && demo.serving === "v1" && demo.healthy;
}
var demoCommand = {
  name: "demo",
  summary: SUMMARIES.demo,
  usage: () => USAGE,
  async run(argv, io) {
    const flags = parseCommandFlags(
      "demo",
      argv,
      { valid: ["out-dir", "perf-duration", "verbose"], booleans: ["verbose"], usage: USAGE },
      io
    );
    if (typeof flags === "number") return flags;
    const started = Date.now();
    const outDir = resolve(flags["out-dir"] ?? "demo-output");
    io.stdout.write("deploy-kit demo: starting the embedded Kubernetes simulator\n");
    const simulator = await startSimulator({ podReadyDelayMs: 300, crashPeriodMs: 1e3 });
    try {
      const demo = await runDemo({
        cluster: simulator,
        actions: pipelineActions,
        outDir,
        env: { PATH: io.env.PATH, HOME: io.env.HOME },
        perfDuration: flags["perf-duration"],
        events: terminalEvents(io, Boolean(flags.verbose), "  "),
        say: (line) => io.stdout.write(`${line}
`)
      });
      const paths = await writeReports(outDir, "summary", "deploy-kit demo", demo.markdown);
      io.stdout.write(`
== deploy-kit demo: done in ${((Date.now() - started) / 1e3).toFixed(0)}s
`);
      for (const r of demo.releases) io.stdout.write(`  ${r.version}: ${outcomeLine(r.result)}
`);
      const rollbacks = demo.releases.filter((r) => r.result.status === "rolled-back").length;
      io.stdout.write(
        `  rollbacks: ${rollbacks}
  now serving: ${demo.serving ?? "nothing"} (${demo.healthy ? "healthy" : "NOT healthy"})
`
      );
      io.stdout.write(`  summary: ${paths.markdown}
  html:    ${paths.html}
`);
      return demoAsExpected(demo) ? EXIT.ok : EXIT.failed;
    } finally {
      await simulator.stop();
    }
  }
};
export {
  demoAsExpected,
  demoCommand
};
