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
} from "./chunk-4UAS4LX3.js";
import "./chunk-TJZWC55G.js";
import "./chunk-4ZJI3TOE.js";
import "./chunk-G27S7SLZ.js";
import "./chunk-YBUITNFB.js";
import "./chunk-XTFCHHFU.js";
import "./chunk-VKVUFKLD.js";
import "./chunk-OOTZYMQ3.js";
import "./chunk-GVTVHDIT.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-NFVH3GY3.js";
import "./chunk-V33EMDAX.js";
import "./chunk-3BZ2GEHR.js";
import "./chunk-6QWTSDN7.js";
import "./chunk-XVGAAAQZ.js";
import "./chunk-CUYBDMYO.js";
import "./chunk-OSC6EXWD.js";
import "./chunk-7UZGQWUR.js";
import "./chunk-LNBYLDMG.js";
import "./chunk-4BX5JZS6.js";
import "./chunk-NRXVBHTG.js";
import "./chunk-YMATUWOF.js";
import "./chunk-ZJIQESZF.js";
import "./chunk-26UE3C6K.js";
import "./chunk-RXCNNUO5.js";
import "./chunk-FNCTB7A6.js";
import "./chunk-C5NZ7WGN.js";
import "./chunk-6GAZEXCQ.js";
import "./chunk-K35DMT4Z.js";
import "./chunk-B4FJAGZT.js";
import "./chunk-DQBVZPBA.js";
import "./chunk-CHGW23SG.js";
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
