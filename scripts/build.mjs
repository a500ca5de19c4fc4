// One build for the whole kit: every JavaScript action found in actions/*/action.yml gets a
// self-contained ESM bundle at dist/<name>/index.js, plus the CLI at dist/cli/index.js.
// Code splitting: what a step loads with import() (the Kubernetes client, @actions/core's OIDC
// client and its HTTP stack) lands in dist/<name>/chunks/ and is read only when used, so a step
// that stops at an input error starts in a fraction of the time.
// `--outdir DIR` writes elsewhere (the dist freshness test builds into a temp dir and compares).
import { build } from 'esbuild';
import { readdirSync, readFileSync, existsSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--outdir');
const outdir = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');

/** JS actions declare `main: ../../dist/<name>/index.js`; composite actions are skipped. */
export function discoverEntries() {
  const entries = [];
  for (const name of readdirSync(join(root, 'actions')).sort()) {
    const metadataPath = join(root, 'actions', name, 'action.yml');
    if (!existsSync(metadataPath)) continue;
    const runs = parse(readFileSync(metadataPath, 'utf8'))?.runs ?? {};
    if (!String(runs.using ?? '').startsWith('node')) continue;
    const source = join(root, 'src', 'actions', name, 'index.ts');
    if (!existsSync(source)) throw new Error(`actions/${name}/action.yml is a JS action but ${source} is missing`);
    entries.push({ name, source });
  }
  entries.push({ name: 'cli', source: join(root, 'src', 'cli', 'index.ts') });
  return entries;
}

// CommonJS dependencies bundled into ESM still call require(); give them one.
const banner = [
  "import { createRequire as __dkCreateRequire } from 'node:module';",
  "import { fileURLToPath as __dkFileURLToPath } from 'node:url';",
  "import { dirname as __dkDirname } from 'node:path';",
  'const require = __dkCreateRequire(import.meta.url);',
  'const __filename = __dkFileURLToPath(import.meta.url);',
  'const __dirname = __dkDirname(__filename);',
].join('\n');

// @actions/core imports its OIDC client (and with it @actions/http-client and undici, a third of a
// small action's bundle) at load time, for getIDToken alone. This stand-in loads it on first use.
const oidcReal = join(root, 'node_modules', '@actions', 'core', 'lib', 'oidc-utils.js');
const lazyOidc = {
  name: 'lazy-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.importer.includes(join('@actions', 'core')) && !args.pluginData?.real
        ? { path: oidcReal, namespace: 'dk-lazy-oidc' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'dk-lazy-oidc' }, () => ({
      contents: `export const OidcClient = {
  getIDToken: async (audience) => (await import(${JSON.stringify(oidcReal)})).OidcClient.getIDToken(audience),
};`,
      resolveDir: root,
    }));
  },
};

/** Removes chunk files of earlier builds that this build did not write. */
function pruneChunks(dir, written) {
  const chunks = join(dir, 'chunks');
  if (!existsSync(chunks)) return;
  for (const file of readdirSync(chunks)) if (!written.has(join(chunks, file))) rmSync(join(chunks, file));
}

// Bundles are rebuilt in place and only stale folders removed, so a build never leaves dist/
// empty while another process (a test spawning a bundle) reads it.
mkdirSync(outdir, { recursive: true });
const entries = discoverEntries();
for (const stale of readdirSync(outdir).filter((dir) => !entries.some((e) => e.name === dir))) {
  rmSync(join(outdir, stale), { recursive: true, force: true });
}
for (const { name, source } of entries) {
  const result = await build({
    entryPoints: { index: source },
    outdir: join(outdir, name),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    plugins: [lazyOidc],
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: (name === 'cli' ? '#!/usr/bin/env node\n' : '') + banner },
  });
  pruneChunks(join(outdir, name), new Set(Object.keys(result.metafile.outputs).map((file) => resolve(root, file))));
}
