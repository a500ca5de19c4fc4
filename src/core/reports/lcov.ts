import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ReportError, type CoverageCounts } from './types.js';

const KNOWN = /^(TN|SF|VER|FN|FNL|FNA|FNDA|FNF|FNH|DA|BRDA|BRF|BRH|LF|LH):|^end_of_record$/;

interface RecordTotals { lf?: number; lh?: number; brf?: number; brh?: number; da: number; daHit: number }

/**
 * Reads an lcov tracefile line by line (never whole), summing each record's LF/LH and BRF/BRH;
 * a record without LF/LH is counted from its DA lines. Unknown lines are an error naming the line.
 */
export async function readLcov(path: string): Promise<CoverageCounts> {
  const totals: CoverageCounts = { linesFound: 0, linesHit: 0, branchesFound: 0, branchesHit: 0 };
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let record: RecordTotals | undefined;
  let records = 0;
  let number = 0;
  for await (const raw of lines) {
    number++;
    const line = raw.trim();
    if (line === '') continue;
    if (!KNOWN.test(line)) {
      lines.close();
      throw new ReportError(path, `not an lcov line: '${line.slice(0, 60)}'`, number);
    }
    const [key, value = ''] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
    if (line === 'end_of_record') {
      if (record) addRecord(totals, record);
      record = undefined;
      continue;
    }
    if (key === 'SF') { record = { da: 0, daHit: 0 }; records++; continue; }
    if (!record) continue;
    if (key === 'DA') { record.da++; if (Number(value.split(',')[1]) > 0) record.daHit++; }
    else if (key === 'LF') record.lf = Number(value);
    else if (key === 'LH') record.lh = Number(value);
    else if (key === 'BRF') record.brf = Number(value);
    else if (key === 'BRH') record.brh = Number(value);
  }
  if (record) addRecord(totals, record);
  if (records === 0) throw new ReportError(path, 'no SF: (source file) records; is this an lcov tracefile?');
  return totals;
}

function addRecord(totals: CoverageCounts, record: RecordTotals): void {
  const lf = Number.isFinite(record.lf) ? record.lf! : record.da;
  const lh = Number.isFinite(record.lh) ? record.lh! : record.daHit;
  totals.linesFound += lf;
  totals.linesHit += Math.min(lh, lf);
  totals.branchesFound += Number.isFinite(record.brf) ? record.brf! : 0;
  totals.branchesHit += Number.isFinite(record.brh) ? record.brh! : 0;
}
