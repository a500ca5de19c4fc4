import type { SuiteResult } from './run.js';

const escapeXml = (text: string) =>
  text
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const seconds = (ms = 0) => (ms / 1000).toFixed(3);

/**
 * JUnit XML in the shape test reporters (dorny/test-reporter, mikepenz/action-junit-report,
 * GitLab, Jenkins) read: one testsuite, one testcase per check, failure/skipped children.
 */
export function renderJunit(result: SuiteResult, suiteName: string, specFile: string): string {
  const cases = result.checks.map((c) => {
    const attrs = `name="${escapeXml(c.name)}" classname="${escapeXml(suiteName)}" file="${escapeXml(specFile)}" line="${c.line}" time="${seconds(c.latencyMs)}"`;
    if (c.verdict === 'pass') return `    <testcase ${attrs}/>`;
    if (c.verdict === 'skip')
      return `    <testcase ${attrs}>\n      <skipped message="${escapeXml(c.reason ?? '')}"/>\n    </testcase>`;
    const detail = [
      `${c.method} ${c.url ?? ''} -> ${c.status ?? 'no response'} after ${c.attempts} attempt(s)`,
      ...c.outcomes.map((o) => `${o.passed ? 'PASS' : 'FAIL'} ${o.assertion} (got ${o.actual})`),
    ].join('\n');
    return `    <testcase ${attrs}>\n      <failure message="${escapeXml(c.reason ?? 'failed')}" type="AssertionError">${escapeXml(detail)}</failure>\n    </testcase>`;
  });
  const counts = `tests="${result.total}" failures="${result.failed}" errors="0" skipped="${result.skipped}" time="${seconds(result.elapsedMs)}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(suiteName)}" ${counts}>`,
    `  <testsuite name="${escapeXml(suiteName)}" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
