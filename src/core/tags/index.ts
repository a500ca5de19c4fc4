export {
  parseRules,
  parseRule,
  DEFAULT_RULES,
  DEFAULT_PRIORITY,
  RULE_TYPES,
  type TagRule,
  type RuleType,
} from './rules.js';
export { parseFlavor, type Flavor } from './flavor.js';
export { generateTags, type GeneratedTag, type TagContext, type TagResult } from './generate.js';
export { qualifyImages, imageRefs, hasRegistryHost } from './images.js';
export { formatDate, evaluate } from './expressions.js';
export { planImage, type ImagePlan, type PlanInputs } from './plan.js';
