#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  require_dist
} from "./chunk-TTMFTJT2.js";
import {
  __toESM
} from "./chunk-EORTFFLD.js";

// src/shared/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
function keyLine(doc, lines, path) {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!(0, import_yaml.isMap)(parent)) return void 0;
  const pair = parent.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === path.at(-1));
  const range = (0, import_yaml.isNode)(pair?.key) ? pair.key.range : void 0;
  return range ? lines.linePos(range[0]).line : void 0;
}
function parseYamlSource(text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  const lastLine = text.trimEnd().split("\n").length;
  const lineOf = (path, atKey = false) => {
    const atKeyLine = atKey && path.length ? keyLine(doc, lines, path) : void 0;
    if (atKeyLine !== void 0) return atKeyLine;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if ((0, import_yaml.isNode)(node) && !(0, import_yaml.isAlias)(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return void 0;
  };
  const syntaxErrors = doc.errors.map((e) => ({
    message: e.message.split("\n")[0],
    line: Math.min(lines.linePos(e.pos[0]).line, lastLine)
  }));
  const value = syntaxErrors.length ? void 0 : toPlainData(doc, syntaxErrors);
  return { syntaxErrors, value, lineOf };
}
var ALIAS_LIMIT_MESSAGE = "too many alias expansions (a YAML alias bomb, or one anchor reused excessively); write the values out";
function toPlainData(doc, errors) {
  try {
    return doc.toJS() ?? {};
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    errors.push({ message: ALIAS_LIMIT_MESSAGE, line: 1 });
    return void 0;
  }
}
function issuePath(issue) {
  const path = issue.path.filter((p) => typeof p !== "symbol");
  return issue.code === "unrecognized_keys" ? { path, unknownKey: issue.keys[0] } : { path };
}
function issueLine(source, issue) {
  const { path, unknownKey } = issuePath(issue);
  return unknownKey === void 0 ? source.lineOf(path) : source.lineOf([...path, unknownKey], true);
}

export {
  parseYamlSource,
  ALIAS_LIMIT_MESSAGE,
  issuePath,
  issueLine
};
