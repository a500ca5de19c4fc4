#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";

// src/actions/shared/namespace.ts
function checkNamespace(namespace, input = "namespace") {
  if (namespace === void 0 || namespace === "") return;
  if (namespace.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace)) return;
  throw ConfigError.single(
    input,
    `must be a Kubernetes namespace name: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. 'my-app'), got '${namespace}'`
  );
}

export {
  checkNamespace
};
