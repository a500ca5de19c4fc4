import { describe, expect, it } from 'vitest';
import { mannWhitney, median, normalCdf } from '../../../src/core/perf/statistics.js';
import { formatPValue } from '../../../src/core/perf/format.js';

/** Deterministic pseudo-random numbers (mulberry32) so "noise" is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('statistics', () => {
  it.each([
    [[], 0],
    [[3], 3],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each([
    [0, 0.5],
    [1.959964, 0.975],
    [-1.644854, 0.05],
    [3, 0.99865],
  ])('normalCdf(%s) ~ %s', (z, p) => {
    expect(normalCdf(z)).toBeCloseTo(p, 4);
  });

  it('matches a textbook Mann-Whitney U (no ties)', () => {
    // candidate ranks: 3,5,6,7 of 1..8 -> R = 21, U = 21 - 10 = 11 (of 16 pairs).
    const baseline = [1, 2, 4, 8];
    const candidate = [3, 5, 6, 7];
    const result = mannWhitney(
      baseline.map((v) => [1, 2, 3, 4, 5, 6, 7, 8][v - 1] * 10),
      candidate.map((v) => v * 10),
    );
    expect(result.u).toBe(11);
    expect(result.effectSize).toBeCloseTo((2 * 11) / 16 - 1, 10);
  });

  it('gives ties the mean rank and survives identical samples', () => {
    const same = mannWhitney([5, 5, 5], [5, 5, 5]);
    expect(same.u).toBe(4.5);
    expect(same.pGreater).toBe(1);
    expect(same.effectSize).toBe(0);
  });

  it('detects a clear shift with a tiny p-value and a large effect size', () => {
    const r = rng(1);
    const baseline = Array.from({ length: 20 }, () => 10 + r());
    const candidate = Array.from({ length: 20 }, () => 12 + r());
    const result = mannWhitney(baseline, candidate);
    expect(result.pGreater).toBeLessThan(1e-6);
    expect(result.pLess).toBeGreaterThan(0.99);
    expect(result.effectSize).toBe(1);
  });

  it('does not call same-distribution noise significant (false positives near alpha over many trials)', () => {
    const r = rng(42);
    let significant = 0;
    const trials = 400;
    for (let i = 0; i < trials; i++) {
      const a = Array.from({ length: 20 }, () => r() * 10);
      const b = Array.from({ length: 20 }, () => r() * 10);
      if (mannWhitney(a, b).pGreater < 0.05) significant++;
    }
    expect(significant / trials).toBeLessThan(0.08);
    expect(significant).toBeGreaterThan(0);
  });

  it('returns a neutral result for an empty side', () => {
    expect(mannWhitney([], [1, 2])).toMatchObject({ pGreater: 1, pLess: 1, effectSize: 0 });
  });
});

describe('formatPValue', () => {
  it.each([
    [0, 'p<0.0001'],
    [0.00004, 'p<0.0001'],
    [0.0312, 'p=0.031'],
    [0.5, 'p=0.5'],
  ])('%d -> %s', (p, text) => {
    expect(formatPValue(p)).toBe(text);
  });
});
