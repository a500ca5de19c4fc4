import type { Inputs } from '../harness.js';
import { bool, list, number, text } from '../../shared/inputs.js';

/** The inputs of actions/quality-score/action.yml; defaults equal the action.yml ones. */
export const inputs = {
  tests: list({ newlineOnly: true }),
  coverage: list({ newlineOnly: true }),
  lint: list({ newlineOnly: true }),
  security: list({ newlineOnly: true }),
  performance: list({ newlineOnly: true }),
  health: list({ newlineOnly: true }),
  analysis: list({ newlineOnly: true }),
  config: text(),
  'min-score': number({ min: 0, max: 100 }),
  baseline: text(),
  'max-drop': number({ min: 0, max: 100 }),
  report: text(),
  comment: bool({ default: 'true' }),
  badge: text(),
  'github-token': text({ default: '${{ github.token }}', secret: true }),
};

export type QualityScoreInputs = Inputs<typeof inputs>;
