/**
 * Replays what a step wrote to stdout the way the Actions runner turns it into the job log:
 * `::add-mask::` registers a literal (from then on every occurrence shows as ***), other
 * workflow commands become log entries or annotations, and ordinary lines are printed masked.
 * Tests assert on this log, so they see what a reader of the job log sees -- and whether a
 * value managed to inject a command.
 */
export interface RunnerLog {
  /** The job log as displayed, one entry per printed line, after masking. */
  lines: string[];
  /** Every workflow command the runner would have executed, in order (name and unescaped data). */
  commands: { name: string; data: string }[];
  /** The literals registered with add-mask. */
  masks: string[];
}

const unescapeData = (data: string) => data.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');

/** The runner's v2 parse: after leading blanks, `::name[ key=value,...]::data`. */
function parseCommand(line: string): { name: string; data: string } | undefined {
  const match = line.trimStart().match(/^::([A-Za-z-]+)(?:\s[^:]*)?::(.*)$/);
  if (match) return { name: match[1], data: unescapeData(match[2]) };
  // v1 (`##[name]data`) is recognised anywhere in a line.
  const v1 = line.match(/##\[([A-Za-z-]+)[^\]]*\](.*)$/);
  return v1 ? { name: v1[1], data: v1[2] } : undefined;
}

export function replayRunnerLog(stdout: string): RunnerLog {
  const log: RunnerLog = { lines: [], commands: [], masks: [] };
  const mask = (text: string) =>
    [...log.masks].sort((a, b) => b.length - a.length).reduce((out, secret) => out.split(secret).join('***'), text);
  for (const line of stdout.split(/\r?\n/)) {
    const command = parseCommand(line);
    if (!command) {
      if (line) log.lines.push(mask(line));
      continue;
    }
    log.commands.push(command);
    if (command.name === 'add-mask') {
      if (command.data.trim()) log.masks.push(command.data);
    } else if (command.name !== 'debug') {
      log.lines.push(mask(`${command.name}: ${command.data}`));
    }
  }
  return log;
}

/** Captures everything written to process.stdout while `fn` runs (the real @actions/core writes there). */
export async function captureStdout<T>(fn: () => Promise<T>): Promise<{ result: T; stdout: string }> {
  const chunks: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  const capture = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  process.stdout.write = capture;
  try {
    const result = await fn();
    return { result, stdout: chunks.join('') };
  } finally {
    process.stdout.write = original;
  }
}
