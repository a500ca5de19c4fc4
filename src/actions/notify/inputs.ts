import { bool, duration, number, oneOf, text } from '../../shared/inputs.js';
import { RELEASE_STATUSES } from '../../core/notify/message.js';

/** Inputs of actions/notify/action.yml; every URL and token is a secret, masked when read. */
export const inputs = {
  status: oneOf(RELEASE_STATUSES, { required: true }),
  version: text({ required: true }),
  environment: text({ default: 'production' }),
  digest: text({ default: '' }),
  verdict: text({ default: '' }),
  score: text({ default: '' }),
  reason: text({ default: '' }),
  'restored-version': text({ default: '' }),
  record: text({ default: '' }),
  'environment-url': text({ default: '' }),
  'log-url': text({ default: '' }),
  'webhook-url': text({ default: '', secret: true }),
  'slack-webhook-url': text({ default: '', secret: true }),
  'teams-webhook-url': text({ default: '', secret: true }),
  'teams-format': oneOf(['adaptive-card', 'message-card'] as const, { default: 'adaptive-card' }),
  'dingtalk-webhook-url': text({ default: '', secret: true }),
  'dingtalk-secret': text({ default: '', secret: true }),
  'wecom-webhook-url': text({ default: '', secret: true }),
  timeout: duration({ default: '10s', min: 100, max: 120_000 }),
  'github-deployment': bool({ default: 'false' }),
  'deployment-id': number({ integer: true, min: 1 }),
  production: bool({ default: 'false' }),
  'github-token': text({ default: '${{ github.token }}', secret: true }),
};
