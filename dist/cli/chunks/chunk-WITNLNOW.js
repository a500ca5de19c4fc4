#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/core/manifests/images.ts
function parseImageRef(ref) {
  const at = ref.indexOf("@");
  const digest = at >= 0 ? ref.slice(at + 1) : void 0;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = rest.lastIndexOf(":");
  const hasTag = colon > rest.lastIndexOf("/");
  return { repository: hasTag ? rest.slice(0, colon) : rest, tag: hasTag ? rest.slice(colon + 1) : void 0, digest };
}
function normalize(repository) {
  return repository.replace(/^docker\.io\/(library\/)?/, "").replace(/^index\.docker\.io\/(library\/)?/, "");
}
function imageMap(pairs) {
  const map = /* @__PURE__ */ new Map();
  for (const [name, ref] of pairs) {
    const current = map.get(name);
    if (!current || !parseImageRef(current).digest && parseImageRef(ref).digest) map.set(name, ref);
  }
  return map;
}
function podSpecOf(object) {
  const spec = object.spec;
  if (!spec) return void 0;
  if (object.kind === "Pod") return spec;
  if (object.kind === "CronJob") return spec.jobTemplate?.spec?.template?.spec;
  return spec.template?.spec;
}
function substituteImages(manifests, images) {
  const used = /* @__PURE__ */ new Set();
  for (const { object } of manifests) {
    const pod = podSpecOf(object);
    for (const container of [...pod?.containers ?? [], ...pod?.initContainers ?? []]) {
      const repository = normalize(parseImageRef(container.image ?? "").repository);
      for (const [name, ref] of images) {
        if (normalize(name) === repository || container.name === name) {
          container.image = ref;
          used.add(name);
          break;
        }
      }
    }
  }
  return [...images.keys()].filter((name) => !used.has(name)).map((name) => ({
    field: "images",
    message: `'${name}' matches no container image or container name in the manifests`
  }));
}
function imagesOf(object) {
  const pod = podSpecOf(object);
  const images = {};
  for (const c of pod?.initContainers ?? []) images[`init:${c.name}`] = c.image ?? "";
  for (const c of pod?.containers ?? []) images[c.name] = c.image ?? "";
  return images;
}

export {
  imageMap,
  podSpecOf,
  substituteImages,
  imagesOf
};
