import { streamXml } from './xml-stream.js';
import type { TestCounts } from './types.js';

const MAX_LISTED_FAILURES = 10;

/**
 * Counts JUnit XML test cases as vitest, jest-junit, pytest, go-junit-report and Maven Surefire
 * write them: <testsuites>/<testsuite>/<testcase> with <failure>, <error> or <skipped> children.
 * Counts come from the <testcase> elements, not the suite attributes, which some tools omit or
 * get wrong. Surefire's <flakyFailure>/<rerunFailure> mark a test that passed on a rerun: passed.
 */
export async function readJunit(path: string): Promise<TestCounts> {
  const counts: TestCounts = { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, failures: [] };
  let current: { name: string; outcome: 'passed' | 'failed' | 'errors' | 'skipped' } | undefined;
  await streamXml(path, ['testsuites', 'testsuite'], {
    open(name, attributes) {
      if (name === 'testcase') {
        const suite = attributes.classname || attributes.class || '';
        current = { name: suite ? `${suite} > ${attributes.name ?? '?'}` : (attributes.name ?? '?'), outcome: 'passed' };
        return;
      }
      if (!current) return;
      if (name === 'failure' && current.outcome !== 'errors') current.outcome = 'failed';
      else if (name === 'error') current.outcome = 'errors';
      else if (name === 'skipped' && current.outcome === 'passed') current.outcome = 'skipped';
    },
    close(name) {
      if (name !== 'testcase' || !current) return;
      counts.tests++;
      counts[current.outcome]++;
      if ((current.outcome === 'failed' || current.outcome === 'errors') && counts.failures.length < MAX_LISTED_FAILURES) {
        counts.failures.push(current.name);
      }
      current = undefined;
    },
  });
  return counts;
}
