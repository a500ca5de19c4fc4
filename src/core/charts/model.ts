/**
 * One chart model for every rendering: the job summary gets Mermaid text (GitHub renders it),
 * HTML reports get inline SVG drawn from the same model, so the two can never disagree.
 */
export type SeriesKind = 'line' | 'bar';

export interface Series {
  /** Shown in the SVG legend and kept in the Mermaid text as a comment (xychart has no legend). */
  name: string;
  kind: SeriesKind;
  values: number[];
}

export interface XYChart {
  type: 'xy';
  title: string;
  xLabel?: string;
  /** One label per point; every series has exactly this many values. */
  categories: string[];
  yLabel?: string;
  /** Fixed ends of the value axis (e.g. 0..100 for scores); otherwise a nice range around the data. */
  yMin?: number;
  yMax?: number;
  series: Series[];
}

export type TaskState = 'ok' | 'warn' | 'failed';

export interface GanttTask {
  section: string;
  label: string;
  startMs: number;
  endMs: number;
  state: TaskState;
  /** A moment rather than a span (failure detected, first pod ready). */
  milestone?: boolean;
}

export interface GanttChart {
  type: 'gantt';
  title: string;
  tasks: GanttTask[];
}

export type Chart = XYChart | GanttChart;

/** Largest number of points any rendering draws; longer series are downsampled (see bound.ts). */
export const MAX_POINTS = 120;
/** Largest number of timeline rows; a release with more keeps the first ones and says so. */
export const MAX_TASKS = 60;
