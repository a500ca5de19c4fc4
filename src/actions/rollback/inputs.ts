import { bool, duration, list, number, text } from '../../shared/inputs.js';

/** The rollback action's inputs, keyed by their actions/rollback/action.yml names. */
export const inputs = {
  record: text(),
  workloads: list({ newlineOnly: true }),
  namespace: text(),
  'to-revision': number({ default: '0', integer: true, min: 0 }),
  kubeconfig: text({ secret: 'credentials' }),
  context: text(),
  timeout: duration({ default: '5m', min: 1000 }),
  reason: text({ default: 'rollback requested' }),
  'prune-new': bool({ default: 'false' }),
};
