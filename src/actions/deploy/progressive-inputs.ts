import { duration, oneOf, text } from '../../shared/inputs.js';

/** The deploy inputs of progressive delivery (canary, blue-green), keyed by their action.yml names. */
export const progressiveInputs = {
  strategy: oneOf(['rolling', 'canary', 'blue-green'] as const, { default: 'rolling' }),
  steps: text(),
  'traffic-mode': oneOf(['replicas', 'gateway-api', 'ingress-nginx'] as const, { default: 'replicas' }),
  service: text(),
  'http-route': text(),
  ingress: text(),
  'scale-down-delay': duration({ default: '30s', max: 3_600_000 }),
  analysis: text(),
  'service-url': text(),
  'traffic-url': text(),
};
