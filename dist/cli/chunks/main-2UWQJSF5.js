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
} from "./chunk-VG4WVIBU.js";
import "./chunk-7MSOK3FC.js";
import "./chunk-OWVCKQH7.js";
import "./chunk-4K2HFTPU.js";
import "./chunk-7ZSUDXE4.js";
import "./chunk-6ACBZJFI.js";
import "./chunk-VBOVLDMD.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-CETQSBGG.js";
import "./chunk-XVGAAAQZ.js";
import "./chunk-XOMATJRQ.js";
import "./chunk-YJ7VB7M5.js";
import "./chunk-7UZGQWUR.js";
import "./chunk-WB724NMC.js";
import "./chunk-RW64BBIN.js";
import "./chunk-BYC3HQUC.js";
import "./chunk-RPGGMHGA.js";
import "./chunk-K3ASPIPJ.js";
import "./chunk-WITNLNOW.js";
import "./chunk-CVQC67UJ.js";
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
