import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { parseAssertions } from '../../core/assertions/parse.js';
import type { StepAnalysis } from '../../core/deploy/progressive/index.js';
import { healthAnalysis, perfAnalysis, smokeAnalysis } from '../../core/deploy/progressive/http-analysis.js';
import type { HttpDeps } from '../../core/http/deps.js';
import type { LoadGenerator } from '../../core/perf/load.js';
import { parseRegressionRule, parseThreshold } from '../../core/perf/thresholds.js';
import { loadSpec } from '../../core/smoke/spec-load.js';
import { parseDuration } from '../../shared/duration.js';
import { ConfigError, type InputProblem } from '../../shared/errors.js';
import { issueLine, parseYamlSource } from '../../shared/yaml-source.js';

const durationText = z.string().refine((v) => parseDuration(v) !== undefined, 'must be a duration such as 10s or 1m');

/** The `analysis` input: which checks run at every `analysis` step. */
const analysisSchema = z
  .object({
    health: z.string().startsWith('/').optional(),
    expect: z.array(z.string()).default(['status == 200']),
    smoke: z.string().optional(),
    perf: z.array(z.string()).default([]),
    compare: z.array(z.string()).default([]),
    duration: durationText.default('10s'),
    connections: z.number().int().min(1).max(64).default(4),
    path: z.string().startsWith('/').default('/'),
    timeout: durationText.default('30s'),
  })
  .strict();

export interface AnalysisHosts {
  cwd: string;
  http: HttpDeps;
  generate: LoadGenerator;
}

function collect<T>(
  lines: string[],
  key: string,
  at: (i: number) => number | undefined,
  parse: (t: string) => T | string,
) {
  const values: T[] = [];
  const problems: InputProblem[] = [];
  lines.forEach((line, i) => {
    const parsed = parse(line);
    if (typeof parsed === 'string') problems.push({ input: 'analysis', message: `${key}: ${parsed}`, line: at(i) });
    else values.push(parsed);
  });
  return { values, problems };
}

async function smokeFrom(file: string, cwd: string, timeoutMs: number, http: HttpDeps): Promise<StepAnalysis> {
  const path = isAbsolute(file) ? file : join(cwd, file);
  const text = await readFile(path, 'utf8').catch(() => {
    throw ConfigError.single('analysis', `smoke: cannot read the smoke spec '${file}'`);
  });
  const { spec, problems } = loadSpec(text, {});
  if (!spec)
    throw new ConfigError(
      problems.map((p) => ({ input: 'analysis', message: `smoke: ${p.message}`, file, line: p.line })),
    );
  return smokeAnalysis(spec, { timeoutMs }, http);
}

/**
 * Parses the `analysis` input (YAML) into step analyses built on the health-check, smoke-test
 * and perf-gate cores; every problem names the input and its line.
 */
export async function analysesFrom(
  raw: string | undefined,
  hosts: AnalysisHosts,
): Promise<{ analyses: StepAnalysis[]; path?: string }> {
  if (!raw?.trim()) return { analyses: [] };
  const source = parseYamlSource(raw);
  // The input is inline YAML, not a file: the line goes into the message.
  const fail = (problems: InputProblem[]) =>
    new ConfigError(problems.map((p) => ({ input: p.input, message: `line ${p.line ?? 1}: ${p.message}` })));
  if (source.syntaxErrors.length)
    throw fail(
      source.syntaxErrors.map((e) => ({ input: 'analysis', message: `not valid YAML: ${e.message}`, line: e.line })),
    );
  const parsed = analysisSchema.safeParse(source.value);
  if (!parsed.success)
    throw fail(
      parsed.error.issues.map((issue) => ({
        input: 'analysis',
        message: `${issue.path.join('.') || 'analysis'}: ${issue.message}`,
        line: issueLine(source, issue),
      })),
    );
  const config = parsed.data;
  const timeoutMs = parseDuration(config.timeout)!;
  const expect = parseAssertions(config.expect);
  const thresholds = collect(config.perf, 'perf', (i) => source.lineOf(['perf', i]), parseThreshold);
  const rules = collect(config.compare, 'compare', (i) => source.lineOf(['compare', i]), parseRegressionRule);
  const problems = [
    ...expect.problems.map((p) => ({
      input: 'analysis',
      message: `expect: ${p.message}`,
      line: source.lineOf(['expect', p.index]),
    })),
    ...thresholds.problems,
    ...rules.problems,
  ];
  if (problems.length) throw fail(problems);
  const analyses: StepAnalysis[] = [];
  if (config.health)
    analyses.push(healthAnalysis({ path: config.health, assertions: expect.assertions, timeoutMs }, hosts.http));
  if (config.smoke) analyses.push(await smokeFrom(config.smoke, hosts.cwd, timeoutMs, hosts.http));
  if (thresholds.values.length || rules.values.length)
    analyses.push(
      perfAnalysis(
        {
          path: config.path,
          thresholds: thresholds.values,
          rules: rules.values,
          durationMs: parseDuration(config.duration)!,
          connections: config.connections,
        },
        hosts.generate,
      ),
    );
  return { analyses, path: config.path };
}
