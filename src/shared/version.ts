/** The kit's one version; esbuild inlines it from package.json at build time. */
import packageJson from '../../package.json' with { type: 'json' };

export const KIT_VERSION: string = packageJson.version;
