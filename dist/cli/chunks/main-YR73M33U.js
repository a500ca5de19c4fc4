#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  definition,
  run
} from "./chunk-VSALJTQM.js";
import "./chunk-26UE3C6K.js";
import "./chunk-B4FJAGZT.js";
import "./chunk-RXCNNUO5.js";
import "./chunk-C5NZ7WGN.js";
import "./chunk-FNCTB7A6.js";
import "./chunk-PRWZRJSU.js";
import "./chunk-LNGQDQGR.js";
import "./chunk-6GAZEXCQ.js";
import "./chunk-K35DMT4Z.js";
import "./chunk-MKPTSRCZ.js";
import "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-EORTFFLD.js";
export {
  definition,
  run
};
