import { describe, expect, it } from 'vitest';
import { capSummary, cell, table, TRUNCATION_MARKER } from '../../../src/shared/markdown.js';

describe('markdown', () => {
  it('escapes table cells', () => {
    expect(cell('a|b\nc<d>')).toBe('a\\|b<br>c&lt;d&gt;');
    expect(table(['a', 'b'], [[1, 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |\n');
  });

  it('caps a summary under the limit at a line boundary with a marker', () => {
    const big = 'line of text\n'.repeat(200_000);
    const capped = capSummary(big, 10_000);
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(10_000);
    expect(capped.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(capped.slice(0, -TRUNCATION_MARKER.length).endsWith('line of text')).toBe(true);
    expect(capSummary('short')).toBe('short');
  });
});
