#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);

// src/cli/progress-lines.ts
var SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600 };
function seconds(text) {
  let total = 0;
  for (const [, n, unit] of text.matchAll(/([\d.]+)(ms|s|m|h)/g)) total += Number(n) * SECONDS[unit];
  return total;
}
function perf(line) {
  const m = line.match(/^run (\d+)\/(\d+): ([\dhms.]+)\/([\dhms.]+), (\d+) responses, p95 ([\d.]+)ms/);
  if (!m) return void 0;
  const elapsed = seconds(m[3]);
  const rps = elapsed > 0 ? Math.round(Number(m[5]) / elapsed) : 0;
  return {
    key: "perf-gate",
    text: `perf-gate ${line}, ${rps} req/s`
  };
}
function rollout(line) {
  const m = line.match(
    /^(\S+\/\S+(?: \(namespace [^)]+\))?): (.*) \[updated (\d+), ready (\d+), available (\d+) of (\d+)\]$/
  );
  if (!m) return void 0;
  const [, ref, message, updated, ready, available, desired] = m;
  return {
    key: `rollout ${ref}`,
    text: `rollout ${ref}: ready ${ready}/${desired}, updated ${updated}/${desired}, available ${available}/${desired} (${message})`
  };
}
function health(line) {
  const m = line.match(/^(\S+) attempt \d+: /);
  if (!m) return void 0;
  return { key: `health ${m[1]}`, text: `health-check ${line}` };
}
function progressOf(line) {
  return perf(line) ?? rollout(line) ?? health(line);
}

// src/cli/progress.ts
import { Writable } from "node:stream";
var CLEAR_UP = (lines) => lines ? `\x1B[${lines}A\x1B[J` : "";
var Progress = class {
  constructor(out, options) {
    this.out = out;
    this.options = options;
    this.now = options.now ?? Date.now;
  }
  out;
  options;
  tasks = /* @__PURE__ */ new Map();
  drawn = 0;
  drawnAt = -Infinity;
  now;
  update(key, text) {
    const task = this.tasks.get(key) ?? { text, printedAt: -Infinity };
    task.text = text;
    this.tasks.set(key, task);
    if (this.options.tty) return this.redraw(false);
    const due = this.now() - task.printedAt >= (this.options.intervalMs ?? 5e3);
    if (due && task.text !== task.printedText) this.print(task);
  }
  /** Drops a task without printing its state again (a ticker whose step has ended). */
  remove(key) {
    if (this.tasks.delete(key) && this.options.tty) this.redraw(true);
  }
  /** True when live lines are rewritten in place (a terminal). */
  get live() {
    return this.options.tty;
  }
  /** An ordinary line: above the live lines on a TTY; after the pending progress otherwise. */
  line(text) {
    if (this.options.tty) {
      this.out.write(`${CLEAR_UP(this.drawn)}${text}
`);
      this.drawn = 0;
      return this.redraw(true);
    }
    this.flush();
    this.out.write(`${text}
`);
  }
  /** Ends the live lines: on a TTY they stay as their last state; otherwise unprinted last states are printed. */
  close() {
    if (this.options.tty) this.redraw(true);
    else this.flush();
    this.tasks.clear();
    this.drawn = 0;
  }
  print(task) {
    this.out.write(`${task.text}
`);
    task.printedText = task.text;
    task.printedAt = this.now();
  }
  flush() {
    for (const task of this.tasks.values()) if (task.printedText !== task.text) this.print(task);
  }
  redraw(force) {
    if (!force && this.now() - this.drawnAt < (this.options.redrawMs ?? 100)) return;
    const width = Math.max(20, (this.options.columns || 120) - 1);
    const lines = [...this.tasks.values()].map(
      (t) => t.text.length > width ? `${t.text.slice(0, width - 1)}\u2026` : t.text
    );
    this.out.write(`${CLEAR_UP(this.drawn)}${lines.map((l) => `${l}
`).join("")}`);
    this.drawn = lines.length;
    this.drawnAt = this.now();
  }
};
function progressFor(stream) {
  const { isTTY, columns } = stream;
  return new Progress(stream, { tty: Boolean(isTTY), columns });
}
function progressStream(progress) {
  let pending = "";
  return new Writable({
    write(chunk, _encoding, done) {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const update = progressOf(line);
        if (update) progress.update(update.key, update.text);
        else progress.line(line);
      }
      done();
    }
  });
}

// src/runtime/masking.ts
function escapeWorkflowCommands(text) {
  return text.split("\n").map((line) => line.replace(/^(\s*):(?=:)/, "$1:\u200B").replaceAll("##[", "#\u200B#[")).join("\n");
}

// src/shared/output-text.ts
var LONG_OUTPUT = 160;
function shape(value) {
  try {
    const parsed = JSON.parse(value);
    if (Array.isArray(parsed)) return `JSON list of ${parsed.length}`;
    if (parsed && typeof parsed === "object") return `JSON map of ${Object.keys(parsed).length} keys`;
  } catch {
  }
  return `${value.split("\n").length} lines`;
}
var size = (value) => {
  const bytes = Buffer.byteLength(value);
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
};
function terminalValue(value) {
  return value.length <= LONG_OUTPUT && !value.includes("\n") ? value : `<${shape(value)}, ${size(value)}>`;
}
var isLongOutput = (value) => terminalValue(value) !== value;

export {
  escapeWorkflowCommands,
  terminalValue,
  isLongOutput,
  progressOf,
  progressFor,
  progressStream
};
