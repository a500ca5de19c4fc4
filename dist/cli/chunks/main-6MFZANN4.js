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
} from "./chunk-CUYBDMYO.js";
import "./chunk-OSC6EXWD.js";
import "./chunk-7UZGQWUR.js";
import "./chunk-LNBYLDMG.js";
import "./chunk-6GAZEXCQ.js";
import "./chunk-K35DMT4Z.js";
import "./chunk-DQBVZPBA.js";
import "./chunk-CHGW23SG.js";
import "./chunk-J2SUSXZ4.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-EORTFFLD.js";
export {
  definition,
  run
};
