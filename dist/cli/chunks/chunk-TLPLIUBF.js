#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/shared/errors.ts
var ConfigError = class _ConfigError extends Error {
  problems;
  constructor(problems) {
    super(_ConfigError.format(problems));
    this.name = "ConfigError";
    this.problems = problems;
  }
  static single(input, message, at) {
    return new _ConfigError([{ input, message, ...at }]);
  }
  static format(problems) {
    const lines = problems.map((p) => {
      const where = p.file ? ` (${p.file}${p.line ? `:${p.line}` : ""})` : "";
      return `input '${p.input}'${where}: ${p.message}`;
    });
    return lines.length === 1 ? lines[0] : `${lines.length} invalid inputs:
  - ${lines.join("\n  - ")}`;
  }
};
var DeployKitError = class extends Error {
  details;
  constructor(message, details = {}, options) {
    super(message, options);
    this.name = "DeployKitError";
    this.details = details;
  }
};
function describeError(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

export {
  ConfigError,
  DeployKitError,
  describeError
};
