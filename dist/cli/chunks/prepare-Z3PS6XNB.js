#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  globPaths,
  isGlobPattern
} from "./chunk-C5NZ7WGN.js";
import {
  checkNamespace
} from "./chunk-HXGOIX2C.js";
import {
  connect
} from "./chunk-426QV4H5.js";
import {
  renderKustomization
} from "./chunk-43TFGX7Z.js";
import {
  ALIAS_LIMIT_MESSAGE
} from "./chunk-FNCTB7A6.js";
import "./chunk-RKAIU4KG.js";
import {
  ManifestError,
  addMetadata,
  labelValue,
  releaseMetadata
} from "./chunk-K3ASPIPJ.js";
import {
  imageMap,
  podSpecOf,
  substituteImages
} from "./chunk-WITNLNOW.js";
import "./chunk-PNFTDAMR.js";
import "./chunk-CVQC67UJ.js";
import {
  checkReportTarget,
  reportPath
} from "./chunk-6GAZEXCQ.js";
import {
  inWorkspace
} from "./chunk-K35DMT4Z.js";
import "./chunk-J2SUSXZ4.js";
import {
  require_dist
} from "./chunk-TTMFTJT2.js";
import {
  ConfigError
} from "./chunk-TLPLIUBF.js";
import {
  __toESM
} from "./chunk-EORTFFLD.js";

// src/core/manifests/defaults.ts
function fillProtocolDefaults(manifests) {
  for (const { object } of manifests) {
    const ports = [];
    if (object.kind === "Service") ports.push(...object.spec?.ports ?? []);
    const pod = podSpecOf(object);
    for (const container of [...pod?.containers ?? [], ...pod?.initContainers ?? []])
      ports.push(...container.ports ?? []);
    for (const port of ports) if (port && typeof port === "object" && !port.protocol) port.protocol = "TCP";
  }
}

// src/core/manifests/image-ref.ts
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var HOST = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\\d+)?|\\[[0-9a-fA-F:]+\\](?::\\d+)?)";
var REFERENCE = new RegExp(
  `^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`
);
function imageRefProblem(ref) {
  if (ref.length > 255 + 128 + 80) return "is longer than any registry accepts";
  if (/\s/.test(ref)) return "contains whitespace";
  if (REFERENCE.test(ref)) return void 0;
  if (/[A-Z]/.test(ref.split("@")[0].split(":")[0].split("/").slice(1).join("/")))
    return "has capital letters in its repository path (image names are lower case)";
  return "is not an image reference such as ghcr.io/org/app:1.2.3 or registry:5000/app@sha256:<64 hex>";
}

// src/core/manifests/load.ts
import { existsSync, statSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";

// src/core/manifests/parse.ts
var import_yaml = __toESM(require_dist(), 1);
function lineCounter(text) {
  let position = 0;
  let line = 1;
  return (offset) => {
    if (offset < position) {
      position = 0;
      line = 1;
    }
    for (; position < offset && position < text.length; position++) if (text.charCodeAt(position) === 10) line++;
    return line;
  };
}
function checkShape(value) {
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { message: "is not a mapping (a Kubernetes object needs apiVersion, kind and metadata)" };
  const o = value;
  if (typeof o.apiVersion !== "string" || !o.apiVersion) return { field: "apiVersion", message: "is missing" };
  if (typeof o.kind !== "string" || !o.kind) return { field: "kind", message: "is missing" };
  if (o.kind.endsWith("List") && Array.isArray(o.items)) return void 0;
  const meta = o.metadata;
  if (!meta || typeof meta !== "object") return { field: "metadata", message: "is missing" };
  if (typeof meta.name !== "string" || !meta.name) {
    return {
      field: "metadata.name",
      message: meta.generateName ? "is required (generateName cannot be applied idempotently)" : "is missing"
    };
  }
  return void 0;
}
function parseManifestText(text, file) {
  const manifests = [];
  const problems = [];
  const lineOf = lineCounter(text);
  (0, import_yaml.parseAllDocuments)(text).forEach((doc, document) => {
    const line = lineOf(doc.contents?.range?.[0] ?? doc.range?.[0] ?? 0);
    const source = { file, document, line };
    if (doc.errors.length) {
      problems.push({
        source: { ...source, line: doc.errors[0].linePos?.[0]?.line ?? line },
        message: `YAML syntax: ${doc.errors[0].message.split("\n")[0]}`
      });
      return;
    }
    let value;
    try {
      value = doc.toJS();
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      problems.push({ source, message: `YAML: ${ALIAS_LIMIT_MESSAGE}` });
      return;
    }
    if (value === null || value === void 0) return;
    const problem = checkShape(value);
    if (problem) {
      problems.push({ source, ...problem });
      return;
    }
    const object = value;
    if (object.kind.endsWith("List") && Array.isArray(object.items)) {
      object.items.forEach((item, index) => {
        const itemProblem = checkShape(item);
        if (itemProblem)
          problems.push({
            source,
            field: `items[${index}]${itemProblem.field ? `.${itemProblem.field}` : ""}`,
            message: itemProblem.message
          });
        else manifests.push({ object: item, source });
      });
      return;
    }
    manifests.push({ object, source });
  });
  return { manifests, problems };
}

// src/core/manifests/load.ts
var YAML_FILE = /\.(ya?ml|json)$/i;
var KUSTOMIZATION = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
async function expand(pattern, cwd) {
  const path = inWorkspace(cwd, pattern);
  if (existsSync(path)) return [path];
  return isGlobPattern(pattern) ? globPaths(pattern, cwd) : [];
}
async function filesOf(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && YAML_FILE.test(e.name)).map((e) => join(dir, e.name)).sort();
}
async function loadPath(path, options, display) {
  if (statSync(path).isDirectory()) {
    if (KUSTOMIZATION.some((name) => existsSync(join(path, name)))) {
      try {
        return parseManifestText(await options.kustomize(path), `${display} (kustomize)`);
      } catch (error) {
        return { manifests: [], problems: [{ message: error.message }] };
      }
    }
    const results = await Promise.all(
      (await filesOf(path)).map((file) => loadPath(file, options, relative(options.cwd, file) || file))
    );
    return { manifests: results.flatMap((r) => r.manifests), problems: results.flatMap((r) => r.problems) };
  }
  return parseManifestText(await readFile(path, "utf8"), display);
}
async function loadManifests(patterns, options) {
  const manifests = [];
  const problems = [];
  for (const pattern of patterns) {
    const paths = await expand(pattern, options.cwd);
    if (paths.length === 0)
      problems.push({ message: `'${pattern}' matches no file or directory (relative to ${options.cwd})` });
    for (const path of paths) {
      const result = await loadPath(path, options, relative(options.cwd, path) || path);
      manifests.push(...result.manifests);
      problems.push(...result.problems);
    }
  }
  if (!problems.length && !manifests.length) problems.push({ message: "the manifests contain no Kubernetes object" });
  if (problems.length) throw new ManifestError(problems);
  return manifests;
}

// src/actions/deploy/prepare.ts
function asConfigError(error) {
  return new ConfigError(
    error.problems.map((p) => ({
      input: p.field === "images" ? "images" : "manifests",
      message: p.source ? `document ${p.source.document}${p.field ? `, field ${p.field}` : ""}: ${p.message}` : p.message,
      file: p.source?.file,
      line: p.source?.line
    }))
  );
}
function checkImageRefs(images) {
  const problems = images.flatMap(([name, ref]) => {
    const problem = imageRefProblem(ref);
    return problem ? [{ input: "images", message: `the reference for '${name}' ('${ref}') ${problem}` }] : [];
  });
  if (problems.length) throw new ConfigError(problems);
}
function runUrl(env) {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return void 0;
  return `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
async function prepareManifests(inputs, runtime) {
  checkNamespace(inputs.namespace);
  checkImageRefs(inputs.images ?? []);
  if (inputs["record-file"])
    await checkReportTarget(reportPath(inputs["record-file"], runtime.cwd, "", ""), "record-file");
  const badLabel = (inputs.labels ?? []).find(([, v]) => v !== labelValue(v));
  if (badLabel)
    throw ConfigError.single(
      "labels",
      `value of '${badLabel[0]}' must be at most 63 characters of letters, digits, '-', '_' or '.', got '${badLabel[1]}'`
    );
  try {
    const manifests = await loadManifests(inputs.manifests, {
      cwd: runtime.cwd,
      kustomize: (dir) => renderKustomization(dir)
    });
    fillProtocolDefaults(manifests);
    const problems = substituteImages(manifests, imageMap(inputs.images ?? []));
    if (problems.length) throw new ManifestError(problems);
    const defaults = releaseMetadata({
      version: inputs.version,
      commit: runtime.env.GITHUB_SHA,
      runUrl: runUrl(runtime.env)
    });
    addMetadata(
      manifests,
      { ...defaults.labels, ...Object.fromEntries(inputs.labels ?? []) },
      { ...defaults.annotations, ...Object.fromEntries(inputs.annotations ?? []) }
    );
    return manifests;
  } catch (error) {
    if (error instanceof ManifestError) throw asConfigError(error);
    throw error;
  }
}
export {
  asConfigError,
  connect,
  prepareManifests
};
