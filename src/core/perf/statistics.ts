/** Median of a sample (mean of the two middle values when even); 0 for an empty sample. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 erf approximation, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Average ranks (1-based) of the pooled sample, ties sharing their mean rank; plus the tie-correction term. */
function rank(pooled: readonly number[]): { ranks: number[]; tieTerm: number } {
  const order = pooled.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(pooled.length);
  let tieTerm = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1].value === order[i].value) j++;
    const shared = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k].index] = shared;
    const t = j - i + 1;
    tieTerm += t * t * t - t;
    i = j + 1;
  }
  return { ranks, tieTerm };
}

export interface MannWhitneyResult {
  /** U of the candidate sample: how often a candidate value exceeds a baseline value (ties count half). */
  u: number;
  z: number;
  /** One-sided p-value for "candidate tends to be larger than baseline". */
  pGreater: number;
  /** One-sided p-value for "candidate tends to be smaller than baseline". */
  pLess: number;
  /**
   * Rank-biserial correlation in [-1, 1]: +1 every candidate value is above every baseline value,
   * 0 no tendency. |r| around 0.1 is small, 0.3 medium, 0.5 large.
   */
  effectSize: number;
  n1: number;
  n2: number;
}

/**
 * Mann-Whitney U test with the normal approximation (tie-corrected, continuity-corrected).
 * Chosen over a t-test because per-second latency samples are skewed and not normal; it needs no
 * distribution assumption and is robust to the outlier seconds a shared runner produces.
 */
export function mannWhitney(baseline: readonly number[], candidate: readonly number[]): MannWhitneyResult {
  const n1 = candidate.length;
  const n2 = baseline.length;
  if (n1 === 0 || n2 === 0) return { u: 0, z: 0, pGreater: 1, pLess: 1, effectSize: 0, n1, n2 };
  const { ranks, tieTerm } = rank([...candidate, ...baseline]);
  const rankSum = ranks.slice(0, n1).reduce((sum, r) => sum + r, 0);
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const meanU = (n1 * n2) / 2;
  const n = n1 + n2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  const effectSize = (2 * u) / (n1 * n2) - 1;
  if (variance <= 0) return { u, z: 0, pGreater: 1, pLess: 1, effectSize, n1, n2 };
  const sd = Math.sqrt(variance);
  const zGreater = (u - meanU - 0.5) / sd;
  const zLess = (u - meanU + 0.5) / sd;
  return {
    u,
    z: (u - meanU) / sd,
    pGreater: 1 - normalCdf(zGreater),
    pLess: normalCdf(zLess),
    effectSize,
    n1,
    n2,
  };
}
