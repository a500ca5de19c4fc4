#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/runtime/masking.ts
var SecretMask = class {
  secrets = /* @__PURE__ */ new Set();
  add(value) {
    for (const line of value.split(/\r?\n/)) {
      if (line.trim().length >= 3) this.secrets.add(line.trim());
    }
  }
  apply(text) {
    let masked = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      masked = masked.split(secret).join("***");
    }
    return masked;
  }
};

export {
  SecretMask
};
