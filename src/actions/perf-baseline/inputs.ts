import { text } from '../../shared/inputs.js';

/** Inputs of actions/perf-baseline/action.yml. */
export const inputs = {
  environment: text({ required: true }),
  artifact: text({ default: '' }),
  file: text({ default: 'perf-report.json' }),
  path: text({ default: 'perf-baseline.json' }),
  'github-token': text({ default: '${{ github.token }}', secret: true }),
};
