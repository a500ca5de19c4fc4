import { numberAttr, streamXml } from './xml-stream.js';
import type { CoverageCounts } from './types.js';

/**
 * Reads Cobertura XML (coverage.py, Istanbul's cobertura reporter, JaCoCo converters). Lines are
 * counted from the <class>/<lines>/<line> elements (a <line> under <method> repeats one of them);
 * the root's lines-valid/lines-covered totals are used only when the file lists no lines.
 */
export async function readCobertura(path: string): Promise<CoverageCounts> {
  const counted: CoverageCounts = { linesFound: 0, linesHit: 0, branchesFound: 0, branchesHit: 0 };
  const root: Partial<CoverageCounts> = {};
  await streamXml(path, ['coverage'], {
    open(name, attributes, ancestors) {
      if (name === 'coverage') {
        root.linesFound = numberAttr(attributes, 'lines-valid');
        root.linesHit = numberAttr(attributes, 'lines-covered');
        root.branchesFound = numberAttr(attributes, 'branches-valid');
        root.branchesHit = numberAttr(attributes, 'branches-covered');
        return;
      }
      if (name !== 'line' || ancestors[ancestors.length - 2] !== 'class') return;
      counted.linesFound++;
      if ((numberAttr(attributes, 'hits') ?? 0) > 0) counted.linesHit++;
      const branch = attributes['condition-coverage']?.match(/\((\d+)\/(\d+)\)/);
      if (attributes.branch === 'true' && branch) {
        counted.branchesHit += Number(branch[1]);
        counted.branchesFound += Number(branch[2]);
      }
    },
  });
  if (counted.linesFound > 0) return counted;
  return {
    linesFound: root.linesFound ?? 0,
    linesHit: root.linesHit ?? 0,
    branchesFound: root.branchesFound ?? 0,
    branchesHit: root.branchesHit ?? 0,
  };
}
