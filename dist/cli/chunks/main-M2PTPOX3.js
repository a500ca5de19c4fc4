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
} from "./chunk-OD3TYJWZ.js";
import "./chunk-FXCVLXHK.js";
import "./chunk-32DZ35SH.js";
import "./chunk-J6UDCB2L.js";
import "./chunk-OCC3FBOR.js";
import "./chunk-XHD6AMRW.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-7C24SI6Y.js";
import "./chunk-XVGAAAQZ.js";
import "./chunk-XOMATJRQ.js";
import "./chunk-YJ7VB7M5.js";
import "./chunk-7UZGQWUR.js";
import "./chunk-LNBYLDMG.js";
import "./chunk-4EPOFWZL.js";
import "./chunk-RPGGMHGA.js";
import "./chunk-K3ASPIPJ.js";
import "./chunk-WWIVFUEA.js";
import "./chunk-FNCTB7A6.js";
import "./chunk-6GAZEXCQ.js";
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
