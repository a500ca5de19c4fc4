#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/cli/command.ts
var EXIT = { ok: 0, failed: 1, config: 2 };

// src/cli/args.ts
function parseArgs(argv, booleanFlags = /* @__PURE__ */ new Set()) {
  const flags = {};
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--") || arg === "--") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (booleanFlags.has(name) || i + 1 >= argv.length || argv[i + 1].startsWith("--")) value = "true";
    else value = argv[++i];
    flags[name] = flags[name] === void 0 ? value : `${flags[name]}
${value}`;
  }
  return { flags, positionals };
}
function parseCommandFlags(name, argv, spec, io) {
  const { flags, positionals } = parseArgs(argv, /* @__PURE__ */ new Set([...spec.booleans ?? [], "help"]));
  if (flags.help) {
    io.stdout.write(`${spec.usage}
`);
    return 0;
  }
  const unknown = Object.keys(flags).filter((flag) => !spec.valid.includes(flag));
  if (unknown.length || positionals.length) {
    const what = unknown.length ? `unknown option --${unknown[0]}` : `unexpected argument '${positionals[0]}'`;
    io.stderr.write(`deploy-kit ${name}: ${what}; valid: ${spec.valid.map((v) => `--${v}`).join(" ")}
`);
    return 2;
  }
  return flags;
}

// src/cli/summaries.ts
var SUMMARIES = {
  pin: "pin uses: references to full commit SHAs (--check lists unpinned ones)",
  pipeline: "run deploy -> verify -> score -> rollback-on-failure from a deploy-kit.yml",
  demo: "run the release pipeline on the embedded simulator: one good release, two rolled back",
  "build-and-push": "build a container image, tag it from the release, push it and print the registry digest",
  version: "print the release version resolved from the runner event (GITHUB_REF, GITHUB_EVENT_PATH) or --version",
  tags: "print the image tags (metadata-action rules) and OCI labels build-and-push would use for the runner event",
  cluster: "run the embedded Kubernetes API simulator (deploy-kit cluster up) and write a kubeconfig for it",
  "health-check": "wait until URLs answer and pass their assertions (retries, backoff, deadline)",
  "smoke-test": "run a YAML suite of HTTP checks with assertions and captures; JSON + JUnit reports",
  "perf-gate": "load-test a URL with exact percentiles, k6-style thresholds and baseline regression; 'perf-gate merge' combines shard reports",
  "quality-score": "one explainable 0-100 release score from test, coverage, lint, security, perf and health reports",
  deploy: "apply manifests with server-side apply, wait like kubectl rollout status, fail fast, roll back on failure",
  rollback: "roll workloads back to exactly what ran before a deploy (deploy record) or kubectl-undo style",
  analyze: "judge a release by its production metrics (Prometheus, JSON endpoints, pod health); canary vs baseline",
  notify: "post the release outcome to webhooks and record a GitHub Deployment",
  "perf-baseline": "fetch the perf report of the last successful release of an environment (GitHub artifacts) as a baseline",
  canary: "status, promote or abort the canary / blue-green release in flight on a Deployment (manual gates)"
};

export {
  EXIT,
  parseArgs,
  parseCommandFlags,
  SUMMARIES
};
