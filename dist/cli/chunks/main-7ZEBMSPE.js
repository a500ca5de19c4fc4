#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  createDefinition,
  definition,
  run
} from "./chunk-WBF3CHRZ.js";
import "./chunk-4K6QMQV5.js";
import "./chunk-6SBZGMAY.js";
import "./chunk-RXCNNUO5.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-LNGQDQGR.js";
import "./chunk-K35DMT4Z.js";
import "./chunk-MKPTSRCZ.js";
import "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-EORTFFLD.js";
export {
  createDefinition,
  definition,
  run
};
