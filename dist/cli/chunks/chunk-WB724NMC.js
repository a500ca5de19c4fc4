#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/shared/masking.ts
var SecretMask = class {
  secrets = /* @__PURE__ */ new Set();
  sorted;
  constructor(secrets = []) {
    for (const secret of secrets) this.add(secret);
  }
  /** Registers a value and each of its lines (a log line can only ever hold one line of it). */
  add(value) {
    for (const part of [value, ...value.split(/\r?\n/)]) {
      const trimmed = part.trim();
      if (trimmed.length >= 3 && !this.secrets.has(trimmed)) {
        this.secrets.add(trimmed);
        this.sorted = void 0;
      }
    }
  }
  has(value) {
    return this.secrets.has(value.trim());
  }
  get size() {
    return this.secrets.size;
  }
  apply(text) {
    this.sorted ??= [...this.secrets].sort((a, b) => b.length - a.length);
    let masked = text;
    for (const secret of this.sorted) if (masked.includes(secret)) masked = masked.split(secret).join("***");
    return masked;
  }
  /** `apply` as a free function, for cores that take a `redact(text)` callback. */
  redact = (text) => this.apply(text);
};

export {
  SecretMask
};
