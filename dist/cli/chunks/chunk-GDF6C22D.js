#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  connect
} from "./chunk-FFBCE5DY.js";
import {
  recordProblem,
  rollbackRecord,
  rollbackTable,
  rollbackWorkloads
} from "./chunk-6NL733SW.js";
import {
  heading,
  runAction,
  verdictIcon
} from "./chunk-7GDAKN2I.js";
import {
  bool,
  duration,
  list,
  number,
  text
} from "./chunk-LWAWGFQ3.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";

// src/actions/rollback/inputs.ts
var rollbackInputs = {
  record: text(),
  workloads: list({ newlineOnly: true }),
  namespace: text(),
  "to-revision": number({ default: "0", integer: true, min: 0 }),
  kubeconfig: text({ secret: true }),
  context: text(),
  timeout: duration({ default: "5m", min: 1e3 }),
  reason: text({ default: "rollback requested" }),
  "prune-new": bool({ default: "false" })
};

// src/actions/rollback/summary.ts
function renderRollbackSummary(result) {
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

// src/actions/rollback/target.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
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
  const full = isAbsolute(path) ? path : join(cwd, path);
  let value;
  try {
    value = JSON.parse(await readFile(full, "utf8"));
  } catch (error) {
    const reason = error.code === "ENOENT" ? "does not exist" : `is not valid JSON (${error.message})`;
    throw ConfigError.single("record", `'${path}' ${reason}; pass the deploy step's \`record\` output`);
  }
  const problem = recordProblem(value);
  if (problem) throw ConfigError.single("record", `'${path}' ${problem}`);
  return value;
}

// src/actions/rollback/main.ts
var GRACE_MS = 3e4;
async function execute(inputs, runtime) {
  const hasRecord = Boolean(inputs.record);
  const hasWorkloads = Boolean(inputs.workloads?.length);
  if (hasRecord === hasWorkloads) {
    throw ConfigError.single(
      hasRecord ? "workloads" : "record",
      "give either record (the deploy step's record output) or workloads (deployment/name lines), exactly one of them"
    );
  }
  const record = hasRecord ? await readRecord(inputs.record, runtime.cwd) : void 0;
  const { access, client } = connect(inputs, runtime);
  if (record && record.context !== access.context) {
    runtime.warning(
      `the deploy record was written through context '${record.context}'; rolling back through context '${access.context}'`
    );
  }
  const namespace = inputs.namespace || access.config.getContextObject(access.context)?.namespace || "default";
  const options = {
    reason: inputs.reason,
    pruneNew: inputs["prune-new"],
    wait: true,
    timeoutMs: inputs.timeout,
    graceMs: Math.min(GRACE_MS, inputs.timeout / 4),
    log: (line) => runtime.info(line),
    fieldManager: `${record?.fieldManager ?? "deploy-kit"}-rollback`
  };
  if (record) {
    const result2 = await runtime.group(
      `Rollback from the deploy record (${record.workloads.length} workload(s))`,
      () => rollbackRecord(client, record, options)
    );
    const nothing = record.workloads.length > 0 && record.workloads.every((w) => !w.existedBefore);
    return {
      ...result2,
      source: inputs.record,
      note: nothing ? "nothing to roll back to: the recorded deploy was the first deploy of its workloads (use prune-new to delete them)" : void 0
    };
  }
  const refs = parseWorkloads(inputs.workloads, namespace);
  const target = inputs["to-revision"] ? `revision ${inputs["to-revision"]}` : "the previous revision";
  const result = await runtime.group(
    `Rollback of ${refs.length} workload(s) to ${target}`,
    () => rollbackWorkloads(client, refs, inputs["to-revision"], options)
  );
  return { ...result, source: `workloads in namespace ${namespace}` };
}
var definition = {
  name: "rollback",
  inputs: rollbackInputs,
  execute,
  outputs: (result) => ({
    "rolled-back": result.rolledBack,
    revisions: JSON.stringify(
      Object.fromEntries(result.items.filter((i) => i.toRevision !== void 0).map((i) => [i.key, i.toRevision]))
    ),
    images: JSON.stringify(Object.fromEntries(result.items.filter((i) => i.images).map((i) => [i.key, i.images])))
  }),
  summary: renderRollbackSummary,
  failure: (result) => result.ok ? void 0 : `rollback failed: ${result.items.filter((i) => i.action === "failed" || i.action === "missing").map((i) => i.message).join("; ")}`
};
var run = (runtime) => runAction(definition, runtime);

export {
  definition,
  run
};
