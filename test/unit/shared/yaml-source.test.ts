import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueLine, parseYamlSource } from '../../../src/shared/yaml-source.js';

const schema = z.object({ name: z.string(), nested: z.object({ port: z.number() }).strict() }).strict();

function linesOf(text: string): (number | undefined)[] {
  const source = parseYamlSource(text);
  const parsed = schema.safeParse(source.value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issueLine(source, issue));
}

describe('parseYamlSource', () => {
  it('points a wrong value at its line', () => {
    expect(linesOf('name: a\nnested:\n  port: "x"\n')).toEqual([3]);
  });

  it('points an unknown key at the key itself, even when its value is a mapping on the next lines', () => {
    expect(linesOf('name: a\nnested:\n  port: 1\nextra:\n  deep: 1\n')).toEqual([4]);
  });

  it('points a missing key at the nearest enclosing node', () => {
    expect(linesOf('name: a\nnested:\n  other: 1\n')).toEqual([3, 3]);
  });

  it('reports syntax errors at the last real line when the parser notices them at the end', () => {
    const source = parseYamlSource('name: a\nbad: [unclosed\n\n');
    expect(source.value).toBeUndefined();
    expect(source.syntaxErrors[0]).toEqual({ message: expect.stringContaining('Flow sequence'), line: 2 });
  });

  it('gives {} for an empty document', () => {
    expect(parseYamlSource('').value).toEqual({});
  });
});
