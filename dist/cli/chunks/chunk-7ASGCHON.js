#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  KubeApiError
} from "./chunk-CVQC67UJ.js";

// src/core/manifests/apply.ts
function conflictManagers(error) {
  const text = [error.message, ...error.causes.map((c) => c.message ?? "")].join("\n");
  return [...new Set([...text.matchAll(/conflict with "([^"]+)"/g)].map((m) => m[1]))];
}
var rollbackManager = (fieldManager) => `${fieldManager}-rollback`;
async function applyOwned(client, object, options) {
  try {
    return await client.apply(object, options);
  } catch (error) {
    if (!(error instanceof KubeApiError) || error.status !== 409 || options.force) throw error;
    const managers = conflictManagers(error);
    if (managers.length === 0 || managers.some((m) => m !== rollbackManager(options.fieldManager))) throw error;
    return client.apply(object, { ...options, force: true });
  }
}

export {
  rollbackManager,
  applyOwned
};
