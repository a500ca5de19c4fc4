export { eventContextFromEnv, refInfo, stringAt, flagAt, type EventContext, type RefInfo } from './event.js';
export {
  resolveVersion,
  parseSemver,
  compileMatch,
  applyMatch,
  sanitizeTag,
  type ResolvedVersion,
  type VersionOptions,
  type VersionSource,
} from './resolve.js';
