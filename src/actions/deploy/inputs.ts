import { bool, duration, list, pairs, text } from '../../shared/inputs.js';
import { progressiveInputs } from './progressive-inputs.js';

/** The deploy action's inputs, keyed by their actions/deploy/action.yml names. */
export const inputs = {
  manifests: list({ required: true, newlineOnly: true }),
  namespace: text(),
  images: pairs({ separator: '=' }),
  kubeconfig: text({ secret: 'credentials' }),
  context: text(),
  timeout: duration({ default: '5m', min: 1000 }),
  wait: bool({ default: 'true' }),
  'rollback-on-failure': bool({ default: 'true' }),
  'fail-fast-grace': duration({ default: '30s', max: 3_600_000 }),
  'field-manager': text({ default: 'deploy-kit' }),
  'force-conflicts': bool({ default: 'false' }),
  annotations: pairs({ separator: '=' }),
  labels: pairs({ separator: '=' }),
  version: text(),
  'record-file': text(),
  ...progressiveInputs,
};
