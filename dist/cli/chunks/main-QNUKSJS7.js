#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  channelsOf,
  definition,
  messageOf,
  run
} from "./chunk-4BX5JZS6.js";
import "./chunk-NRXVBHTG.js";
import "./chunk-YMATUWOF.js";
import "./chunk-B4FJAGZT.js";
import "./chunk-DQBVZPBA.js";
import "./chunk-CHGW23SG.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-EORTFFLD.js";
export {
  channelsOf,
  definition,
  messageOf,
  run
};
