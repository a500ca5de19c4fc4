import { emptySecurity } from './json-readers.js';
import { SEVERITIES, type DimensionData, type DimensionId } from './types.js';

const sum = <T extends object>(items: T[], keys: (keyof T)[]): Record<string, number> => {
  const total: Record<string, number> = {};
  for (const key of keys) total[String(key)] = items.reduce((acc, item) => acc + Number(item[key]), 0);
  return total;
};

/** Several files of one dimension (shards, packages of a monorepo) count as one report. */
export function mergeData<D extends DimensionId>(dimension: D, parts: DimensionData[D][]): DimensionData[D] {
  const merged = mergeAny(dimension, parts as never[]);
  return merged as DimensionData[D];
}

function mergeAny(dimension: DimensionId, parts: never[]): unknown {
  switch (dimension) {
    case 'tests': {
      const list = parts as DimensionData['tests'][];
      return { ...sum(list, ['tests', 'passed', 'failed', 'errors', 'skipped']), failures: list.flatMap((p) => p.failures).slice(0, 10) };
    }
    case 'coverage':
      return sum(parts as DimensionData['coverage'][], ['linesFound', 'linesHit', 'branchesFound', 'branchesHit']);
    case 'lint': {
      const list = parts as DimensionData['lint'][];
      return { ...sum(list, ['errors', 'warnings', 'notes']), files: [...new Set(list.flatMap((p) => p.files))] };
    }
    case 'security':
      return { ...emptySecurity(), ...sum(parts as DimensionData['security'][], [...SEVERITIES]) };
    case 'performance': {
      const list = parts as DimensionData['performance'][];
      return { runs: list.flatMap((p) => p.runs), thresholds: list.flatMap((p) => p.thresholds) };
    }
    case 'analysis':
      return { runs: (parts as DimensionData['analysis'][]).flatMap((p) => p.runs) };
    default: {
      const list = parts as DimensionData['health'][];
      return { ...sum(list, ['checks', 'passed']), failing: list.flatMap((p) => p.failing) };
    }
  }
}
