/** A value axis with round tick steps (1, 2, 2.5, 5 x 10^n) that both renderings share. */
export interface Scale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return (STEPS.find((s) => s * magnitude >= raw) ?? 10) * magnitude;
}

const round = (value: number) => Number(value.toPrecision(12));

/**
 * Covers [low, high] with about `count` round steps. Fixed ends are kept as given; a flat or
 * empty range still gets a usable axis (0..1 for nothing, value +-1 step for one value).
 */
export function niceScale(low: number, high: number, count = 5, fixed: { min?: number; max?: number } = {}): Scale {
  let lo = fixed.min ?? (Number.isFinite(low) ? Math.min(0, low) : 0);
  let hi = fixed.max ?? (Number.isFinite(high) ? high : 1);
  if (hi <= lo) hi = lo + (lo === 0 ? 1 : Math.abs(lo));
  const step = niceStep(hi - lo, count);
  if (fixed.min === undefined) lo = Math.floor(lo / step) * step;
  if (fixed.max === undefined) hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step / 1e9; t += step) ticks.push(round(t));
  return { min: round(lo), max: round(hi), step, ticks };
}

/** Short tick text: 1200 -> 1.2k, 0.25 -> 0.25, 3 -> 3. */
export function tickLabel(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${round(value / 1e6)}M`;
  if (abs >= 1e4) return `${round(value / 1e3)}k`;
  return String(Number(value.toFixed(3)));
}
