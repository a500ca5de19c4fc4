#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  outcomeLine,
  pipelineActions,
  renderPipelineMarkdown,
  runPipeline,
  runStep,
  terminalEvents,
  writeReports
} from "./chunk-GUOALGUM.js";
import "./chunk-OMLGLZQV.js";
import "./chunk-AVKJO5LB.js";
import {
  startSimulator
} from "./chunk-TZPLZLOT.js";
import "./chunk-JX2WVV65.js";
import "./chunk-YBUITNFB.js";
import {
  EXIT,
  SUMMARIES,
  parseCommandFlags
} from "./chunk-SI2LLX5M.js";
import "./chunk-5TLEVLJC.js";
import "./chunk-4RDM22W4.js";
import "./chunk-GVTVHDIT.js";
import "./chunk-OJPQIVZC.js";
import "./chunk-ASFOSE5T.js";
import "./chunk-OD3TYJWZ.js";
import "./chunk-FXCVLXHK.js";
import "./chunk-32DZ35SH.js";
import "./chunk-J6UDCB2L.js";
import "./chunk-OCC3FBOR.js";
import "./chunk-XHD6AMRW.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-7C24SI6Y.js";
import "./chunk-XVGAAAQZ.js";
import "./chunk-HRDQFJJI.js";
import "./chunk-XOMATJRQ.js";
import "./chunk-YJ7VB7M5.js";
import "./chunk-7UZGQWUR.js";
import {
  SecretMask
} from "./chunk-LNBYLDMG.js";
import "./chunk-55O66H35.js";
import "./chunk-4EPOFWZL.js";
import "./chunk-RPGGMHGA.js";
import "./chunk-K3ASPIPJ.js";
import "./chunk-WWIVFUEA.js";
import "./chunk-BDNQF5ML.js";
import "./chunk-26UE3C6K.js";
import "./chunk-RXCNNUO5.js";
import "./chunk-C5NZ7WGN.js";
import "./chunk-FNCTB7A6.js";
import "./chunk-6GAZEXCQ.js";
import "./chunk-K35DMT4Z.js";
import "./chunk-B4FJAGZT.js";
import {
  heading,
  table
} from "./chunk-LNGQDQGR.js";
import "./chunk-MKPTSRCZ.js";
import "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-EORTFFLD.js";

// src/cli/demo-command.ts
import { resolve } from "node:path";

// src/pipeline/demo.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join as join3 } from "node:path";

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
  const report = (kind, v) => join3(o.outDir, "reports", `${kind}-${v}.json`);
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
        spec: join3(o.outDir, "smoke.yml"),
        "base-url": o.url,
        "report-dir": join3(o.outDir, "reports", `smoke-${version}`)
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
  await mkdir(join3(o.outDir, "manifests"), { recursive: true });
  await mkdir(join3(o.outDir, "reports"), { recursive: true });
  await writeFile(join3(o.outDir, "smoke.yml"), SMOKE_SPEC);
  const ctx = {
    actions: o.actions,
    env,
    cwd: o.outDir,
    tempDir: join3(o.outDir, "reports"),
    mask,
    events: o.events ?? {}
  };
  const manifestsDir = join3(o.outDir, "manifests");
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
  const plan = [
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
  for (const step of plan) {
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
  return { ...partial, markdown: renderDemoMarkdown(partial) };
}

// src/cli/demo-command.ts
var USAGE = `deploy-kit demo [--out-dir DIR] [--perf-duration 8s] [--verbose]
  Starts the embedded Kubernetes simulator and runs the release pipeline three times on the demo
  service: v1 (every gate passes), v2 (pods crash: fast fail and rollback), v3 (slower: the perf
  gate fails against v1's baseline and the pipeline rolls back from the deploy record). Ends with
  v1 serving and healthy. Writes summary.md and summary.html to DIR (default: demo-output).`;
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
