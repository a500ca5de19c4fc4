#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/shared/files.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
function inWorkspace(workspace, path) {
  return isAbsolute(path) ? path : resolve(workspace, path);
}
function displayPath(workspace, path) {
  const rel = relative(workspace, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
function unreadableReason(error) {
  const code = error?.code;
  if (code === "ENOENT") return "does not exist";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES" || code === "EPERM") return "is not readable (permission denied)";
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}
async function readTextFile(path, toError) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw toError(unreadableReason(error));
  }
}

export {
  inWorkspace,
  displayPath,
  readTextFile
};
