#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  table
} from "./chunk-LNGQDQGR.js";

// src/runtime/signals.ts
var RUNNER_SIGINT_TO_SIGTERM_MS = 7500;
var SIGNALS = ["SIGINT", "SIGTERM"];
var DEFAULT_DEADLINE_MS = RUNNER_SIGINT_TO_SIGTERM_MS - 1e3;
async function withInterrupts(runtime, work, options = {}) {
  if (runtime.kind === "memory") return work(void 0);
  const controller = new AbortController();
  const onSignal = (name) => {
    if (controller.signal.aborted) {
      runtime.warning(`${name} received again; still writing the restore of what ran before`);
      return;
    }
    runtime.warning(`${name} received (the run was cancelled or timed out): stopping and restoring what ran before`);
    controller.abort(name);
    const deadline = setTimeout(() => {
      runtime.error(`the restore did not finish within ${options.deadlineMs ?? DEFAULT_DEADLINE_MS} ms of ${name}`);
      (options.exit ?? ((code) => process.exit(code)))(1);
    }, options.deadlineMs ?? DEFAULT_DEADLINE_MS);
    deadline.unref();
  };
  const handlers = SIGNALS.map((name) => [name, () => onSignal(name)]);
  for (const [name, handler] of handlers) process.on(name, handler);
  try {
    return await work(controller.signal);
  } finally {
    if (!controller.signal.aborted) for (const [name, handler] of handlers) process.off(name, handler);
  }
}

// src/actions/shared/rollback-table.ts
var imagesText = (images) => Object.entries(images ?? {}).map(([c, i]) => `${c}=${i}`).join("\n") || "-";
var rev = (n) => n ? String(n) : "-";
function rollbackTable(items) {
  return table(
    ["object", "action", "revision", "images", "details"],
    items.map((i) => [
      i.key,
      i.action,
      `${rev(i.fromRevision)} -> ${rev(i.toRevision)}`,
      imagesText(i.images),
      i.message
    ])
  );
}

export {
  withInterrupts,
  imagesText,
  rev,
  rollbackTable
};
