import { bool, list, oneOf, pairs, text } from '../../shared/inputs.js';
import { BUILDERS } from '../../clients/container-engine-types.js';

/** The inputs of actions/build-and-push/action.yml; defaults equal the action.yml ones. */
export const inputs = {
  context: text({ default: '.' }),
  file: text(),
  images: list({ required: true }),
  tags: text(),
  flavor: text({ default: 'latest=auto' }),
  labels: pairs({ separator: '=' }),
  'build-args': pairs({ separator: '=' }),
  target: text(),
  platforms: list(),
  push: bool({ default: 'true' }),
  registry: text(),
  username: text(),
  password: text({ secret: true }),
  'github-token': text({ default: '${{ github.token }}', secret: true }),
  builder: oneOf(BUILDERS, { default: 'auto' }),
  'cache-from': list({ newlineOnly: true }),
  'cache-to': list({ newlineOnly: true }),
  provenance: text(),
  sbom: text(),
  'no-cache': bool({ default: 'false' }),
  pull: bool({ default: 'false' }),
  version: text(),
  match: text(),
};
