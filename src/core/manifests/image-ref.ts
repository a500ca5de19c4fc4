const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const HOST =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\\d+)?|\\[[0-9a-fA-F:]+\\](?::\\d+)?)';
/** The distribution reference grammar: [host[:port]/]path[:tag][@algorithm:hex]. */
const REFERENCE = new RegExp(
  `^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);

/**
 * Why an image reference can never be pulled, or undefined when it is well formed. Checked before
 * anything is applied: a bad reference otherwise fails only after the rollout's fail-fast grace.
 */
export function imageRefProblem(ref: string): string | undefined {
  if (ref.length > 255 + 128 + 80) return 'is longer than any registry accepts';
  if (/\s/.test(ref)) return 'contains whitespace';
  if (REFERENCE.test(ref)) return undefined;
  if (/[A-Z]/.test(ref.split('@')[0].split(':')[0].split('/').slice(1).join('/')))
    return 'has capital letters in its repository path (image names are lower case)';
  return 'is not an image reference such as ghcr.io/org/app:1.2.3 or registry:5000/app@sha256:<64 hex>';
}
