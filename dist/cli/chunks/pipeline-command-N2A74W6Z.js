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
} from "./chunk-45IZKTZN.js";
import "./chunk-GDF6C22D.js";
import "./chunk-MJIHEFXS.js";
import "./chunk-325KDNXU.js";
import "./chunk-BXHYETO3.js";
import "./chunk-FDOWS3D2.js";
import "./chunk-LBOXD4EE.js";
import "./chunk-XBTGOHK6.js";
import "./chunk-HD6DCCHS.js";
import "./chunk-3VNZJGGW.js";
import "./chunk-FFBCE5DY.js";
import "./chunk-XVGAAAQZ.js";
import "./chunk-EXVHNCGL.js";
import "./chunk-6NL733SW.js";
import "./chunk-PRIBTDPV.js";
import "./chunk-IOZZWVOG.js";
import "./chunk-TNFHT2K7.js";
import "./chunk-O4HF3W4Q.js";
import "./chunk-LEJR7R6I.js";
import "./chunk-DJY2U5YB.js";
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
  pipelineActions,
  pipelineCommand,
  terminalEvents,
  writeReports
};
