#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/shared/glob.ts
import { glob } from "node:fs/promises";
import { resolve } from "node:path";
function isGlobPattern(pattern) {
  return /[*?[{]/.test(pattern);
}
async function globPaths(pattern, cwd) {
  const found = /* @__PURE__ */ new Set();
  for await (const match of glob(pattern, { cwd })) found.add(resolve(cwd, match));
  return [...found].sort();
}

export {
  isGlobPattern,
  globPaths
};
