#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  pipelineActions,
  pipelineCommand,
  terminalEvents,
  writeReports
} from "./chunk-5337PCRX.js";
import "./chunk-3H52V5BP.js";
import "./chunk-IJDQ7I7M.js";
import "./chunk-VSALJTQM.js";
import "./chunk-26UE3C6K.js";
import "./chunk-B4FJAGZT.js";
import "./chunk-ZDXQ3BUW.js";
import "./chunk-RCKPXYKE.js";
import "./chunk-3IMVR3IU.js";
import "./chunk-BVZ2AC2N.js";
import "./chunk-WBF3CHRZ.js";
import "./chunk-4K6QMQV5.js";
import "./chunk-6SBZGMAY.js";
import "./chunk-RXCNNUO5.js";
import "./chunk-C5NZ7WGN.js";
import "./chunk-HXGOIX2C.js";
import "./chunk-JQQOWQOR.js";
import "./chunk-MCRHI3VV.js";
import "./chunk-M3MHMQRW.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-FNCTB7A6.js";
import "./chunk-RKAIU4KG.js";
import "./chunk-JWOMXZNR.js";
import "./chunk-PRWZRJSU.js";
import "./chunk-UMBHLED5.js";
import "./chunk-56L6VD4M.js";
import "./chunk-7ASGCHON.js";
import "./chunk-UXCDOLO6.js";
import "./chunk-ZWEBF2P6.js";
import "./chunk-4S7TIHUF.js";
import "./chunk-BYC3HQUC.js";
import "./chunk-RPGGMHGA.js";
import "./chunk-K3ASPIPJ.js";
import "./chunk-WITNLNOW.js";
import "./chunk-PNFTDAMR.js";
import "./chunk-CVQC67UJ.js";
import "./chunk-W5SOKGYK.js";
import "./chunk-XOMATJRQ.js";
import "./chunk-YJ7VB7M5.js";
import "./chunk-7UZGQWUR.js";
import "./chunk-WB724NMC.js";
import "./chunk-RW64BBIN.js";
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
  pipelineActions,
  pipelineCommand,
  terminalEvents,
  writeReports
};
