#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/actions/shared/workspace.ts
var workspaceOf = (runtime) => runtime.env.GITHUB_WORKSPACE || runtime.cwd;

export {
  workspaceOf
};
