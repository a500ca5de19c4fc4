import { Writable } from 'node:stream';
import { progressOf } from './progress-lines.js';

export interface ProgressOptions {
  /** Live lines rewritten in place when true (a terminal), one line per interval otherwise (CI logs). */
  tty: boolean;
  /** Non-TTY: at most one line per task per interval (default 5 s). */
  intervalMs?: number;
  /** TTY: redraws at most this often (default 100 ms). */
  redrawMs?: number;
  /** TTY: the terminal's width. */
  columns?: number;
  now?: () => number;
}

interface Task {
  text: string;
  printedText?: string;
  printedAt: number;
}

const CLEAR_UP = (lines: number) => (lines ? `\x1b[${lines}A\x1b[J` : '');

/**
 * Progress of long steps on a terminal. On a TTY the live lines (one per task) stay at the
 * bottom and are rewritten in place; otherwise a task's latest state is printed at most once per
 * interval, and its last state is always printed before the next ordinary line or at the end.
 */
export class Progress {
  private readonly tasks = new Map<string, Task>();
  private drawn = 0;
  private drawnAt = -Infinity;
  private readonly now: () => number;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  update(key: string, text: string): void {
    const task = this.tasks.get(key) ?? { text, printedAt: -Infinity };
    task.text = text;
    this.tasks.set(key, task);
    if (this.options.tty) return this.redraw(false);
    const due = this.now() - task.printedAt >= (this.options.intervalMs ?? 5000);
    if (due && task.text !== task.printedText) this.print(task);
  }

  /** Drops a task without printing its state again (a ticker whose step has ended). */
  remove(key: string): void {
    if (this.tasks.delete(key) && this.options.tty) this.redraw(true);
  }

  /** True when live lines are rewritten in place (a terminal). */
  get live(): boolean {
    return this.options.tty;
  }

  /** An ordinary line: above the live lines on a TTY; after the pending progress otherwise. */
  line(text: string): void {
    if (this.options.tty) {
      this.out.write(`${CLEAR_UP(this.drawn)}${text}\n`);
      this.drawn = 0;
      return this.redraw(true);
    }
    this.flush();
    this.out.write(`${text}\n`);
  }

  /** Ends the live lines: on a TTY they stay as their last state; otherwise unprinted last states are printed. */
  close(): void {
    if (this.options.tty) this.redraw(true);
    else this.flush();
    this.tasks.clear();
    this.drawn = 0;
  }

  private print(task: Task): void {
    this.out.write(`${task.text}\n`);
    task.printedText = task.text;
    task.printedAt = this.now();
  }

  private flush(): void {
    for (const task of this.tasks.values()) if (task.printedText !== task.text) this.print(task);
  }

  private redraw(force: boolean): void {
    if (!force && this.now() - this.drawnAt < (this.options.redrawMs ?? 100)) return;
    // A live line must fit the terminal: a wrapped one would break the rewrite in place.
    const width = Math.max(20, (this.options.columns || 120) - 1);
    const lines = [...this.tasks.values()].map((t) =>
      t.text.length > width ? `${t.text.slice(0, width - 1)}…` : t.text,
    );
    this.out.write(`${CLEAR_UP(this.drawn)}${lines.map((l) => `${l}\n`).join('')}`);
    this.drawn = lines.length;
    this.drawnAt = this.now();
  }
}

/** Live progress when the stream is a terminal, one line per interval for pipes and files (CI logs). */
export function progressFor(stream: NodeJS.WritableStream): Progress {
  const { isTTY, columns } = stream as { isTTY?: boolean; columns?: number };
  return new Progress(stream, { tty: Boolean(isTTY), columns });
}

/**
 * A stream for a command's log: lines that report progress feed `progress`, every other line
 * passes through it unchanged. close() the Progress when the command ends.
 */
export function progressStream(progress: Progress): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const update = progressOf(line);
        if (update) progress.update(update.key, update.text);
        else progress.line(line);
      }
      done();
    },
  });
}
