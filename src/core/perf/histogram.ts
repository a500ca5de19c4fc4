import * as hdr from 'hdr-histogram-js';
import type { Histogram } from 'hdr-histogram-js';

/** Latencies are recorded in whole microseconds; 3 significant digits keep every percentile within 0.1%. */
export const SIGNIFICANT_DIGITS = 3;

export type LatencyHistogram = Histogram;

/**
 * A fresh auto-resizing Int32 histogram: recording costs ~80ns (the packed layout is ~6x slower,
 * too slow for the hot path), and memory grows only with the largest latency actually seen.
 */
export function createHistogram(): LatencyHistogram {
  return hdr.build({
    bitBucketSize: 32,
    autoResize: true,
    lowestDiscernibleValue: 1,
    numberOfSignificantValueDigits: SIGNIFICANT_DIGITS,
  });
}

/** Milliseconds (float, as autocannon measures them) to whole microseconds, at least 1. */
export function toMicros(ms: number): number {
  return Math.max(1, Math.round(ms * 1000));
}

/** HdrHistogram's standard compressed base64 form, so reports from shards and runs merge exactly. */
export function encodeHistogram(histogram: LatencyHistogram): string {
  return hdr.encodeIntoCompressedBase64(histogram);
}

export function decodeHistogram(encoded: string): LatencyHistogram {
  const decoded = hdr.decodeFromCompressedBase64(encoded, 32, false);
  const histogram = createHistogram();
  histogram.add(decoded);
  return histogram;
}

/** Exact merge: bucket counts are added, so percentiles of the result are those of all samples together. */
export function mergeHistograms(encoded: readonly string[]): LatencyHistogram {
  const merged = createHistogram();
  for (const item of encoded) merged.add(decodeHistogram(item));
  return merged;
}

/** Percentile in milliseconds (0 for an empty histogram). */
export function percentileMs(histogram: LatencyHistogram, percentile: number): number {
  if (histogram.totalCount === 0) return 0;
  return histogram.getValueAtPercentile(percentile) / 1000;
}

export interface LatencyFigures {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  min: number;
  max: number;
  mean: number;
  stddev: number;
  count: number;
}

/** The standard latency figures of a histogram, in milliseconds. */
export function latencyFigures(histogram: LatencyHistogram): LatencyFigures {
  const empty = histogram.totalCount === 0;
  return {
    p50: percentileMs(histogram, 50),
    p90: percentileMs(histogram, 90),
    p95: percentileMs(histogram, 95),
    p99: percentileMs(histogram, 99),
    p999: percentileMs(histogram, 99.9),
    min: empty ? 0 : histogram.minNonZeroValue / 1000,
    max: empty ? 0 : histogram.maxValue / 1000,
    mean: empty ? 0 : histogram.mean / 1000,
    stddev: empty ? 0 : histogram.stdDeviation / 1000,
    count: histogram.totalCount,
  };
}
