#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  require_dist
} from "./chunk-TTMFTJT2.js";
import {
  __toESM
} from "./chunk-EORTFFLD.js";

// src/shared/credentials.ts
var import_yaml = __toESM(require_dist(), 1);
var CREDENTIAL_KEY = /token|secret|password|passwd|api-?key|client-key-data|client-certificate-data/i;
var CREDENTIAL_ENV = /key|secret|token|password|credential|session/i;
var NOT_A_VALUE = /file$/i;
function isCredentialKey(key) {
  return CREDENTIAL_KEY.test(key) && !NOT_A_VALUE.test(key);
}
function walk(node, found) {
  if (Array.isArray(node)) {
    node.forEach((item) => walk(item, found));
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node;
  if (typeof record.name === "string" && typeof record.value === "string" && CREDENTIAL_ENV.test(record.name))
    found.add(record.value);
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === "string" && isCredentialKey(key)) found.add(value);
    else walk(value, found);
  }
}
function scanLines(text, found) {
  for (const line of text.split(/\r?\n/)) {
    const match = line.match(/^\s*-?\s*"?([\w.-]+)"?\s*:\s*"?([^"\s][^"]*?)"?\s*,?\s*$/);
    if (match && isCredentialKey(match[1])) found.add(match[2]);
  }
}
function credentialValues(text) {
  const found = /* @__PURE__ */ new Set();
  try {
    walk((0, import_yaml.parse)(text, { maxAliasCount: 100 }), found);
  } catch {
    scanLines(text, found);
  }
  return [...found].map((value) => value.trim()).filter((value) => value.length >= 3);
}

export {
  credentialValues
};
