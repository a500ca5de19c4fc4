#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  runReleaseCommand,
  versionCommand
} from "./chunk-2RYXIAFD.js";
import "./chunk-BVZ2AC2N.js";
import "./chunk-6SBZGMAY.js";
import "./chunk-RXCNNUO5.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-EORTFFLD.js";
export {
  runReleaseCommand,
  versionCommand
};
