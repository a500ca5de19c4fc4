import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  ConfigError
} from "./chunk-I2N3QIQ3.js";

// src/shared/report-file.ts
import { access, constants, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/shared/files.ts
import { isAbsolute, relative, resolve } from "node:path";
function inWorkspace(workspace, path) {
  return isAbsolute(path) ? path : resolve(workspace, path);
}

// src/shared/report-file.ts
var code = (error) => error.code ?? "";
function cannotWrite(path, error) {
  const reasons = {
    EISDIR: "it is a directory; give a file path inside it",
    ENOTDIR: "a part of the path is a file, not a directory",
    EACCES: "permission denied; choose a path under the workspace or RUNNER_TEMP",
    EPERM: "permission denied; choose a path under the workspace or RUNNER_TEMP",
    EROFS: "the file system is read-only; choose a path under the workspace or RUNNER_TEMP",
    ENOENT: "the directory cannot be created there; choose a path under the workspace or RUNNER_TEMP"
  };
  return `cannot write '${path}': ${reasons[code(error)] ?? error.message}`;
}
async function ensureDirectory(dir) {
  try {
    if ((await stat(dir)).isDirectory()) return;
    throw Object.assign(new Error(`${dir} is not a directory`), { code: "ENOTDIR" });
  } catch (error) {
    if (code(error) !== "ENOENT" || dirname(dir) === dir) throw error;
  }
  await ensureDirectory(dirname(dir));
  await mkdir(dir).catch((error) => {
    if (code(error) !== "EEXIST") throw error;
  });
}
async function checkReportTarget(path, input) {
  try {
    await ensureDirectory(dirname(path));
    const existing = await stat(path).catch((error) => {
      if (code(error) === "ENOENT") return void 0;
      throw error;
    });
    if (existing?.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    await access(existing ? path : dirname(path), constants.W_OK);
  } catch (error) {
    throw ConfigError.single(input, cannotWrite(path, error));
  }
}
async function writeReportText(path, text, input = "report") {
  await checkReportTarget(path, input);
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, text);
    await rename(temp, path);
    return path;
  } catch (error) {
    await rm(temp, { force: true });
    throw ConfigError.single(input, cannotWrite(path, error));
  }
}
async function writeJsonReport(path, data, input = "report") {
  return writeReportText(path, `${JSON.stringify(data, null, 2)}
`, input);
}
function reportPath(input, workspace, tempDir, defaultName) {
  if (input) return inWorkspace(workspace, input);
  return join(tempDir, "deploy-kit", defaultName);
}

export {
  inWorkspace,
  checkReportTarget,
  writeJsonReport,
  reportPath
};
