#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  KubeApiError,
  isRetryable
} from "./chunk-CVQC67UJ.js";

// src/core/kube/watch-loop.ts
import { setTimeout as sleep } from "node:timers/promises";
async function observe(client, target, hooks, signal) {
  let resourceVersion = "";
  let failures = 0;
  while (!signal.aborted) {
    try {
      if (!resourceVersion) {
        const list = await client.list(target.apiVersion, target.kind, target.namespace, target.options);
        resourceVersion = list.resourceVersion;
        hooks.onSnapshot(list.items);
      }
      await client.watch(
        target.apiVersion,
        target.kind,
        target.namespace,
        { ...target.options, resourceVersion },
        (event) => {
          failures = 0;
          if (event.object?.metadata?.resourceVersion) resourceVersion = event.object.metadata.resourceVersion;
          if (event.type !== "BOOKMARK" && event.type !== "ERROR") hooks.onEvent(event.type, event.object);
        },
        signal
      );
      if (!signal.aborted) hooks.onResume?.("watch closed by the server; resuming");
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof KubeApiError && error.status === 410) {
        resourceVersion = "";
        hooks.onResume?.("watch history expired (410 Gone); relisting");
        continue;
      }
      if (!isRetryable(error)) throw error;
      failures++;
      hooks.onResume?.(`${error.message}; retrying`);
      await sleep(Math.min(5e3, 100 * 2 ** Math.min(failures, 6)));
    }
  }
}

export {
  observe
};
