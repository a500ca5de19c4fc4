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
} from "./chunk-F73PSWWA.js";
import "./chunk-OAUXPTG6.js";
import "./chunk-E5D25QF2.js";
import "./chunk-K7D4NQVZ.js";
import "./chunk-3IMVR3IU.js";
import "./chunk-BVZ2AC2N.js";
import "./chunk-5TLEVLJC.js";
import "./chunk-4RDM22W4.js";
import "./chunk-GVTVHDIT.js";
import "./chunk-DQBTWOGL.js";
import "./chunk-XU2UNNG3.js";
import "./chunk-A5Y6W3N7.js";
import "./chunk-A3SMA3Z2.js";
import "./chunk-SAU5KMS7.js";
import "./chunk-K5IA4JXP.js";
import "./chunk-7ZSUDXE4.js";
import "./chunk-K2Z4I3CE.js";
import "./chunk-M5FIIXGD.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-SW2EZEOX.js";
import "./chunk-RKAIU4KG.js";
import "./chunk-LIY7JBQG.js";
import "./chunk-XOMATJRQ.js";
import "./chunk-YJ7VB7M5.js";
import "./chunk-7UZGQWUR.js";
import "./chunk-WB724NMC.js";
import "./chunk-RW64BBIN.js";
import "./chunk-F7YSWORS.js";
import "./chunk-BYC3HQUC.js";
import "./chunk-RPGGMHGA.js";
import "./chunk-K3ASPIPJ.js";
import "./chunk-WITNLNOW.js";
import "./chunk-CVQC67UJ.js";
import "./chunk-3KRFDBNB.js";
import "./chunk-26UE3C6K.js";
import "./chunk-RXCNNUO5.js";
import "./chunk-C5NZ7WGN.js";
import "./chunk-PRWZRJSU.js";
import "./chunk-FNCTB7A6.js";
import "./chunk-6GAZEXCQ.js";
import "./chunk-K35DMT4Z.js";
import "./chunk-B4FJAGZT.js";
import "./chunk-LNGQDQGR.js";
import "./chunk-MKPTSRCZ.js";
import "./chunk-KKQ3JKXY.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-EORTFFLD.js";
export {
  pipelineActions,
  pipelineCommand,
  terminalEvents,
  writeReports
};
