import { buildLabels } from '../labels/index.js';
import type { EventContext } from '../version/event.js';
import { resolveVersion, type ResolvedVersion } from '../version/resolve.js';
import { parseFlavor } from './flavor.js';
import { generateTags, type GeneratedTag } from './generate.js';
import { imageRefs, qualifyImages } from './images.js';
import { parseRules } from './rules.js';

/** Everything a release needs named before anything is built, from the event and the inputs. */
export interface ImagePlan {
  images: string[];
  version: ResolvedVersion;
  tags: GeneratedTag[];
  /** Every image:tag to push, in priority order per image. */
  refs: string[];
  labels: Record<string, string>;
  /** Rules that produced no tag on this event, and why. */
  skipped: string[];
}

export interface PlanInputs {
  event: EventContext;
  now: Date;
  images: string[];
  registry?: string;
  /** Raw `tags` input (rule lines); empty means the metadata-action defaults. */
  tags?: string;
  flavor?: string;
  labels?: [string, string][];
  version?: string;
  match?: string;
}

/**
 * Resolves version, tags and labels in one place so the action, `deploy-kit tags` and
 * `deploy-kit version` can never disagree. Throws ConfigError naming the input at fault.
 */
export function planImage(inputs: PlanInputs): ImagePlan {
  const version = resolveVersion(inputs.event, { version: inputs.version, match: inputs.match });
  const rules = parseRules(inputs.tags ?? '');
  const flavor = parseFlavor(inputs.flavor ?? '');
  const images = qualifyImages(inputs.images, inputs.registry || undefined);
  const { tags, skipped } = generateTags(rules, flavor, { event: inputs.event, version, now: inputs.now });
  const labels = buildLabels({ event: inputs.event, version, now: inputs.now }, inputs.labels ?? []);
  return {
    images,
    version,
    tags,
    refs: imageRefs(
      images,
      tags.map((t) => t.tag),
    ),
    labels,
    skipped,
  };
}
