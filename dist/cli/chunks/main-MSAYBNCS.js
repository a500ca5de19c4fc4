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
} from "./chunk-ZDXQ3BUW.js";
import "./chunk-HXGOIX2C.js";
import "./chunk-UMBHLED5.js";
import "./chunk-UXCDOLO6.js";
import "./chunk-ZWEBF2P6.js";
import "./chunk-4S7TIHUF.js";
import "./chunk-BYC3HQUC.js";
import "./chunk-RPGGMHGA.js";
import "./chunk-K3ASPIPJ.js";
import "./chunk-WITNLNOW.js";
import "./chunk-PNFTDAMR.js";
import "./chunk-CVQC67UJ.js";
import "./chunk-LNGQDQGR.js";
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
