import { ConfigError, type InputProblem } from '../../shared/errors.js';

/** A repository name as docker accepts it: optional host[:port]/, lowercase path components. */
const IMAGE =
  /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** Whether the first path component names a registry host (has a dot or port, or is localhost). */
export function hasRegistryHost(image: string): boolean {
  const first = image.split('/')[0];
  return image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
}

/** The `registry` input is a host (and optional namespace), never a URL: say so before `images` is blamed. */
function checkRegistry(registry: string | undefined): void {
  if (!registry) return;
  const scheme = registry.match(/^([a-z][a-z0-9+.-]*):\/\//i);
  if (scheme)
    throw ConfigError.single(
      'registry',
      `must be a registry host such as ghcr.io, without ${scheme[1]}://, got '${registry}' (write '${registry.slice(scheme[0].length).replace(/\/+$/, '')}')`,
    );
  if (!/^[a-zA-Z0-9.-]+(?::\d+)?(?:\/[a-z0-9._-]+)*\/?$/.test(registry))
    throw ConfigError.single('registry', `must be a registry host such as ghcr.io or registry:5000, got '${registry}'`);
}

/**
 * Validates image names (no tag or digest: tags come from the rules) and puts the `registry`
 * input in front of names without a host, so `images: team/app` + `registry: ghcr.io` works.
 */
export function qualifyImages(images: string[], registry: string | undefined, input = 'images'): string[] {
  checkRegistry(registry);
  const problems: InputProblem[] = [];
  const result = images.map((given) => {
    // `ghcr.io/${{ github.repository }}` with an owner such as MyOrg: lowercased, as metadata-action does.
    const image = given.toLowerCase();
    const full = registry && !hasRegistryHost(image) ? `${registry.replace(/\/+$/, '')}/${image}` : image;
    const path = hasRegistryHost(full) ? full.slice(full.indexOf('/') + 1) : full;
    if (/[:@]/.test(path)) {
      problems.push({
        input,
        message: `'${image}' must be a name without tag or digest (tags come from the tags input), for example ghcr.io/org/app`,
      });
    } else if (!IMAGE.test(full)) {
      problems.push({
        input,
        message: `'${image}' is not a valid image name: lowercase letters, digits and . _ - separated by /, for example ghcr.io/org/app`,
      });
    }
    return full;
  });
  if (images.length === 0)
    problems.push({ input, message: 'needs at least one image name, for example ghcr.io/org/app' });
  if (problems.length) throw new ConfigError(problems);
  return result;
}

/** Every image with every tag: the references pushed. */
export function imageRefs(images: string[], tags: string[]): string[] {
  return images.flatMap((image) => tags.map((tag) => `${image}:${tag}`));
}
