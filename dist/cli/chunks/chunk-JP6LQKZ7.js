#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/shared/report-file.ts
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";
async function writeJsonReport(path, data) {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, `${JSON.stringify(data, null, 2)}
`);
  await rename(temp, path);
  return path;
}
function reportPath(input, workspace, tempDir, defaultName) {
  if (input) return isAbsolute(input) ? input : join(workspace, input);
  return join(tempDir, "deploy-kit", defaultName);
}

export {
  writeJsonReport,
  reportPath
};
