import type { ScoreResult } from '../score/model.js';
import type { XYChart } from './model.js';

/** Each scored dimension's score beside its minimum (grouped bars; 0 where none is set). */
export function dimensionsChart(result: ScoreResult): XYChart {
  const scored = result.dimensions.filter((d) => d.score !== undefined);
  const withMinimum = scored.some((d) => d.minimum !== null);
  return {
    type: 'xy',
    title: 'Score by dimension',
    categories: scored.map((d) => d.label),
    yLabel: 'score',
    yMin: 0,
    yMax: 100,
    series: [
      { name: 'score', kind: 'bar', values: scored.map((d) => d.score ?? 0) },
      ...(withMinimum ? [{ name: 'minimum', kind: 'bar' as const, values: scored.map((d) => d.minimum ?? 0) }] : []),
    ],
  };
}
