#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  checkNamespace
} from "./chunk-HXGOIX2C.js";
import {
  rollbackTable,
  withInterrupts
} from "./chunk-UMBHLED5.js";
import {
  rollbackRecord,
  rollbackWorkloads
} from "./chunk-UXCDOLO6.js";
import {
  recordProblem
} from "./chunk-BYC3HQUC.js";
import {
  heading,
  runAction,
  verdictIcon
} from "./chunk-LNGQDQGR.js";
import {
  inWorkspace,
  readTextFile
} from "./chunk-K35DMT4Z.js";
import {
  bool,
  duration,
  external_exports,
  list,
  number,
  text
} from "./chunk-MKPTSRCZ.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";

// src/actions/rollback/inputs.ts
var inputs = {
  record: text(),
  workloads: list({ newlineOnly: true }),
  namespace: text(),
  "to-revision": number({ default: "0", integer: true, min: 0 }),
  kubeconfig: text({ secret: "credentials" }),
  context: text(),
  timeout: duration({ default: "5m", min: 1e3 }),
  reason: text({ default: "rollback requested" }),
  "prune-new": bool({ default: "false" })
};

// src/actions/rollback/summary.ts
function renderSummary(result) {
  const verdict = !result.ok ? "fail" : result.rolledBack ? "pass" : "skip";
  const title = !result.ok ? "failed" : result.rolledBack ? "rolled back" : "nothing to change";
  let md = heading(`${verdictIcon(verdict)} rollback: ${title}`);
  md += `Source: \`${result.source}\`

`;
  if (result.note) md += `> ${result.note}

`;
  md += result.items.length ? rollbackTable(result.items) : "No workload to roll back.\n";
  return md;
}

// src/actions/rollback/record-shape.ts
var ref = {
  apiVersion: external_exports.string().min(1),
  kind: external_exports.string().min(1),
  name: external_exports.string().min(1),
  namespace: external_exports.string().optional(),
  existedBefore: external_exports.boolean()
};
var images = external_exports.record(external_exports.string(), external_exports.string());
var workload = external_exports.object({
  ...ref,
  before: external_exports.object({ revision: external_exports.number(), images, template: external_exports.record(external_exports.string(), external_exports.unknown()), generation: external_exports.number() }).optional(),
  after: external_exports.object({ images }).optional()
});
var record = external_exports.object({
  namespace: external_exports.string(),
  context: external_exports.string(),
  fieldManager: external_exports.string(),
  workloads: external_exports.array(workload),
  resources: external_exports.array(external_exports.object(ref))
});
function recordShapeProblem(value) {
  const parsed = record.safeParse(value);
  if (parsed.success) return void 0;
  const issue = parsed.error.issues[0];
  const where = issue.path.map((p, i) => typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`).join("");
  return `is malformed at ${where || "the top level"}: ${issue.message} (pass the deploy step's \`record\` output unchanged)`;
}

// src/actions/rollback/target.ts
var KINDS = {
  deployment: "Deployment",
  deployments: "Deployment",
  deploy: "Deployment",
  statefulset: "StatefulSet",
  statefulsets: "StatefulSet",
  sts: "StatefulSet",
  daemonset: "DaemonSet",
  daemonsets: "DaemonSet",
  ds: "DaemonSet"
};
function parseWorkloads(lines, namespace) {
  return lines.map((line) => {
    const [kind, name, extra] = line.split("/");
    const mapped = KINDS[kind?.toLowerCase() ?? ""];
    if (!mapped || !name || extra !== void 0) {
      throw ConfigError.single(
        "workloads",
        `each line must be kind/name with kind deployment, statefulset or daemonset, got '${line}'`
      );
    }
    return { apiVersion: "apps/v1", kind: mapped, name, namespace };
  });
}
async function readRecord(path, cwd) {
  const fix = "pass the deploy step's `record` output";
  const text2 = await readTextFile(
    inWorkspace(cwd, path),
    (reason) => ConfigError.single("record", `'${path}' ${reason}; ${fix}`)
  );
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    throw ConfigError.single("record", `'${path}' is not valid JSON (${error.message}); ${fix}`);
  }
  const problem = recordProblem(value) ?? recordShapeProblem(value);
  if (problem) throw ConfigError.single("record", `'${path}' ${problem}`);
  return value;
}

// src/actions/rollback/main.ts
var GRACE_MS = 3e4;
async function execute(inputs2, runtime, signal) {
  const hasRecord = Boolean(inputs2.record);
  const hasWorkloads = Boolean(inputs2.workloads?.length);
  if (hasRecord === hasWorkloads) {
    throw ConfigError.single(
      hasRecord ? "workloads" : "record",
      "give either record (the deploy step's record output) or workloads (deployment/name lines), exactly one of them"
    );
  }
  checkNamespace(inputs2.namespace);
  const record2 = hasRecord ? await readRecord(inputs2.record, runtime.cwd) : void 0;
  const { connect } = await import("./kube-ITOXQKO3.js");
  const { access, client, namespace } = connect(inputs2, runtime);
  if (record2 && record2.context !== access.context) {
    runtime.warning(
      `the deploy record was written through context '${record2.context}'; rolling back through context '${access.context}'`
    );
  }
  const options = {
    reason: inputs2.reason,
    pruneNew: inputs2["prune-new"],
    wait: true,
    timeoutMs: inputs2.timeout,
    graceMs: Math.min(GRACE_MS, inputs2.timeout / 4),
    log: (line) => runtime.info(line),
    fieldManager: `${record2?.fieldManager ?? "deploy-kit"}-rollback`,
    signal
  };
  if (record2) {
    const result2 = await runtime.group(
      `Rollback from the deploy record (${record2.workloads.length} workload(s))`,
      () => rollbackRecord(client, record2, options)
    );
    const nothing = record2.workloads.length > 0 && record2.workloads.every((w) => !w.existedBefore);
    return {
      ...result2,
      source: inputs2.record,
      note: nothing ? "nothing to roll back to: the recorded deploy was the first deploy of its workloads (use prune-new to delete them)" : void 0
    };
  }
  const refs = parseWorkloads(inputs2.workloads, namespace);
  const target = inputs2["to-revision"] ? `revision ${inputs2["to-revision"]}` : "the previous revision";
  const result = await runtime.group(
    `Rollback of ${refs.length} workload(s) to ${target}`,
    () => rollbackWorkloads(client, refs, inputs2["to-revision"], options)
  );
  return { ...result, source: `workloads in namespace ${namespace}` };
}
var definition = {
  name: "rollback",
  inputs,
  execute: (inputs2, runtime) => withInterrupts(runtime, (signal) => execute(inputs2, runtime, signal)),
  outputs: (result) => ({
    "rolled-back": result.rolledBack,
    revisions: JSON.stringify(
      Object.fromEntries(result.items.filter((i) => i.toRevision !== void 0).map((i) => [i.key, i.toRevision]))
    ),
    images: JSON.stringify(Object.fromEntries(result.items.filter((i) => i.images).map((i) => [i.key, i.images])))
  }),
  summary: renderSummary,
  failure: (result) => result.ok ? void 0 : `rollback failed: ${result.items.filter((i) => i.action === "failed" || i.action === "missing").map((i) => i.message).join("; ")}`
};
var run = (runtime) => runAction(definition, runtime);

export {
  definition,
  run
};
