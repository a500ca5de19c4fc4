import type { Bucket } from './types.js';

/**
 * The q-quantile of cumulative buckets, interpolated linearly inside the bucket like PromQL's
 * histogram_quantile(), so `p(95) < 300ms` on raw buckets agrees with the server's own function.
 * NaN when the histogram holds no observations.
 */
export function histogramQuantile(q: number, buckets: readonly Bucket[]): number {
  const sorted = [...buckets].sort((a, b) => a.le - b.le);
  if (sorted.length < 2 || sorted[sorted.length - 1].le !== Infinity) return NaN;
  const total = sorted[sorted.length - 1].count;
  if (!(total > 0)) return NaN;
  const rank = q * total;
  const index = sorted.findIndex((b) => b.count >= rank);
  // Above the highest finite bound PromQL answers that bound: nothing better is known.
  if (index === sorted.length - 1) return sorted[sorted.length - 2].le;
  const upper = sorted[index];
  const lowerBound = index === 0 ? 0 : sorted[index - 1].le;
  const lowerCount = index === 0 ? 0 : sorted[index - 1].count;
  if (index === 0 && upper.le <= 0) return upper.le;
  const inBucket = upper.count - lowerCount;
  return inBucket > 0 ? lowerBound + (upper.le - lowerBound) * ((rank - lowerCount) / inBucket) : upper.le;
}
