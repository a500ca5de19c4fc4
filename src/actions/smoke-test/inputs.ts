import { bool, duration, number, text, yamlObject } from '../../shared/inputs.js';

/** Keyed by the action.yml input names; defaults equal action.yml's (contract-tested). */
export const inputs = {
  spec: text({ required: true }),
  'base-url': text({ secret: 'url' }),
  variables: yamlObject(),
  concurrency: number({ default: '1', integer: true, min: 1, max: 64 }),
  'fail-fast': bool({ default: 'false' }),
  timeout: duration({ default: '5m', min: 1 }),
  'report-dir': text(),
};
