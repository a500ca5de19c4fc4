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
} from "./chunk-DJY2U5YB.js";
import "./chunk-YULT5YBO.js";
import "./chunk-C5NZ7WGN.js";
import "./chunk-JP6LQKZ7.js";
import "./chunk-B4FJAGZT.js";
import "./chunk-7GDAKN2I.js";
import "./chunk-LWAWGFQ3.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-EORTFFLD.js";
export {
  definition,
  run
};
