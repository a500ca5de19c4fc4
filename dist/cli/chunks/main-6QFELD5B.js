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
} from "./chunk-OMLGLZQV.js";
import "./chunk-OJPQIVZC.js";
import "./chunk-ASFOSE5T.js";
import "./chunk-32DZ35SH.js";
import "./chunk-J6UDCB2L.js";
import "./chunk-7C24SI6Y.js";
import "./chunk-XVGAAAQZ.js";
import "./chunk-4EPOFWZL.js";
import "./chunk-RPGGMHGA.js";
import "./chunk-K3ASPIPJ.js";
import "./chunk-WWIVFUEA.js";
import "./chunk-K35DMT4Z.js";
import "./chunk-LNGQDQGR.js";
import "./chunk-MKPTSRCZ.js";
import "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-EORTFFLD.js";
export {
  definition,
  run
};
