#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/runtime/masking.ts
function escapeWorkflowCommands(text) {
  return text.split("\n").map((line) => line.replace(/^(\s*):(?=:)/, "$1:\u200B").replaceAll("##[", "#\u200B#[")).join("\n");
}

export {
  escapeWorkflowCommands
};
