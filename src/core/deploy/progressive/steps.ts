import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { parseDuration } from '../../../shared/duration.js';

/** One step of a progressive release, with the line of `steps` it came from (for located errors). */
export type Step =
  | { kind: 'weight'; weight: number; line: number }
  | { kind: 'pause'; ms: number; line: number }
  | { kind: 'analysis'; line: number };

export interface StepProblem {
  line: number;
  message: string;
}

const VALID = "a YAML list of '10%' (or 'weight: 10'), 'pause: 2m' and 'analysis', ending with '100%'";

/** `10%`, `pause: 2m`, `analysis`: how a step reads in logs and summaries. */
export function describeStep(step: Step): string {
  if (step.kind === 'weight') return `${step.weight}%`;
  if (step.kind === 'pause') return `pause ${Math.round(step.ms / 1000)}s`;
  return 'analysis';
}

/** A scalar's text (null for `analysis:` with no value). */
const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value).trim() : '';

function parseWeight(raw: string): number | string {
  const text = raw.trim();
  const match = /^(-?\d+(?:\.\d+)?)\s*%?$/.exec(text);
  if (!match) return `'${text}' is not a weight (write 10% or weight: 10)`;
  const weight = Number(match[1]);
  if (!Number.isInteger(weight) || weight < 1 || weight > 100)
    return `weight ${text} is out of range: a whole percentage from 1% to 100%`;
  return weight;
}

function parseMapStep(key: string, value: string, line: number): Step | string {
  if (key === 'weight' || key === 'setWeight') {
    const weight = parseWeight(value);
    return typeof weight === 'string' ? weight : { kind: 'weight', weight, line };
  }
  if (key === 'pause') {
    const ms = parseDuration(value);
    if (ms === undefined || ms <= 0) return `pause needs a duration such as 30s or 2m, got '${value}'`;
    return { kind: 'pause', ms, line };
  }
  if (key === 'analysis') return { kind: 'analysis', line };
  return `unknown step '${key}' (steps: weight, pause, analysis)`;
}

function parseItem(node: Node | null, lines: LineCounter): Step | StepProblem {
  const line = node?.range ? lines.linePos(node.range[0]).line : 1;
  const problem = (message: string) => ({ line, message });
  if (isScalar(node)) {
    const text = scalarText(node.value);
    if (text === 'analysis') return { kind: 'analysis', line };
    if (text === 'pause') return problem("pause needs a duration: 'pause: 2m'");
    const weight = parseWeight(text);
    return typeof weight === 'string' ? problem(weight) : { kind: 'weight', weight, line };
  }
  if (isMap(node) && node.items.length === 1) {
    const pair = node.items[0];
    const key = isScalar(pair.key) ? scalarText(pair.key.value) : '';
    const value = isScalar(pair.value) ? scalarText(pair.value.value) : '';
    const step = parseMapStep(key, value, line);
    return typeof step === 'string' ? problem(step) : step;
  }
  return problem(`each step is one of ${VALID}`);
}

/** Order rules: weights only grow, nothing follows the final 100%, and 100% must come. */
function checkOrder(steps: Step[], lastLine: number): StepProblem[] {
  const problems: StepProblem[] = [];
  let previous = 0;
  for (const step of steps) {
    if (step.kind !== 'weight') continue;
    if (step.weight <= previous)
      problems.push({ line: step.line, message: `weight ${step.weight}% must be above the previous ${previous}%` });
    previous = Math.max(previous, step.weight);
  }
  const last = steps.at(-1);
  if (!last || last.kind !== 'weight' || last.weight !== 100)
    problems.push({
      line: last?.line ?? lastLine,
      message: `steps must end at 100% (the promotion); the last step is ${last ? `'${describeStep(last)}'` : 'missing'}`,
    });
  return problems;
}

/**
 * Parses the `steps` input (a YAML list) into steps, reporting every problem with its line so
 * the error can point at it; nothing is half-accepted.
 */
export function parseSteps(text: string): { steps: Step[]; problems: StepProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length)
    return {
      steps: [],
      // The parser may notice an unclosed bracket past the end: point at the last real line.
      problems: doc.errors.map((e) => ({
        line: Math.min(e.linePos?.[0].line ?? 1, text.trimEnd().split('\n').length),
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  if (!isSeq(doc.contents)) return { steps: [], problems: [{ line: 1, message: `must be ${VALID}` }] };
  const steps: Step[] = [];
  const problems: StepProblem[] = [];
  for (const item of doc.contents.items) {
    const parsed = parseItem(item, lines);
    if ('kind' in parsed) steps.push(parsed);
    else problems.push(parsed);
  }
  if (problems.length) return { steps, problems };
  return { steps, problems: checkOrder(steps, lines.linePos(text.length).line) };
}

/** Default steps when the input is empty: a small canary, analysis, half, analysis, all. */
export const DEFAULT_CANARY_STEPS = '- 10%\n- analysis\n- 50%\n- analysis\n- 100%\n';
