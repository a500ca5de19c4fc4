import { createReadStream } from 'node:fs';
import sax from 'sax';
import { ReportError } from './types.js';

export interface XmlHandlers {
  /** Called for every opening tag with the stack of its ancestors' names (root first). */
  open(name: string, attributes: Record<string, string>, ancestors: readonly string[]): void;
  close?(name: string, ancestors: readonly string[]): void;
}

/**
 * Streams an XML file through sax chunk by chunk, so memory stays flat whatever the file size
 * (test reports of big monorepos reach hundreds of MB). Errors carry the file and the line.
 */
export async function streamXml(path: string, expectedRoots: readonly string[], handlers: XmlHandlers): Promise<void> {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true });
  const stack: string[] = [];
  let failure: ReportError | undefined;
  let rootSeen = false;
  const fail = (problem: string) => {
    failure ??= new ReportError(path, problem, parser.line + 1);
  };
  parser.onerror = (error) => {
    fail(`not well-formed XML: ${error.message.split('\n')[0]}`);
  };
  parser.onopentag = (tag) => {
    if (failure) return;
    if (stack.length === 0 && !expectedRoots.includes(tag.name)) {
      fail(`root element is <${tag.name}>, expected ${expectedRoots.map((r) => `<${r}>`).join(' or ')}`);
      return;
    }
    rootSeen = true;
    handlers.open(tag.name, tag.attributes as Record<string, string>, stack);
    stack.push(tag.name);
  };
  parser.onclosetag = (name) => {
    if (failure) return;
    stack.pop();
    handlers.close?.(name, stack);
  };
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  let sawRoot = false;
  for await (const chunk of stream) {
    parser.write((sawRoot ? chunk : (chunk as string).replace(/^\uFEFF/, '')) as string);
    sawRoot = true;
    if (failure) {
      stream.destroy();
      throw failure;
    }
  }
  const roots = expectedRoots.map((r) => `<${r}>`).join(' or ');
  if (!sawRoot) throw new ReportError(path, `file is empty, expected ${roots}`);
  parser.close();
  if (failure) throw failure;
  if (!rootSeen) throw new ReportError(path, `no root element, expected ${roots}`);
}

/** An attribute as a non-negative number; undefined when absent or not numeric. */
export function numberAttr(attributes: Record<string, string>, name: string): number | undefined {
  const raw = attributes[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}
