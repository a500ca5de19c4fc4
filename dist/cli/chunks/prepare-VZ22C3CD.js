#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  asConfigError,
  connect,
  prepareManifests
} from "./chunk-FFBCE5DY.js";
import "./chunk-XVGAAAQZ.js";
import "./chunk-PRIBTDPV.js";
import "./chunk-C5NZ7WGN.js";
import "./chunk-TLPLIUBF.js";
import "./chunk-TTMFTJT2.js";
import "./chunk-EORTFFLD.js";
export {
  asConfigError,
  connect,
  prepareManifests
};
