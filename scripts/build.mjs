// One build for the whole kit: every JavaScript action found in actions/*/action.yml gets a
// self-contained ESM bundle at dist/<name>/index.js, plus the CLI at dist/cli/index.js.
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

// Bundles are rebuilt in place and only stale folders removed, so a build never leaves dist/
// empty while another process (a test spawning a bundle) reads it.
mkdirSync(outdir, { recursive: true });
const entries = discoverEntries();
for (const stale of readdirSync(outdir).filter((dir) => !entries.some((e) => e.name === dir))) {
  rmSync(join(outdir, stale), { recursive: true, force: true });
}
for (const { name, source } of entries) {
  await build({
    entryPoints: [source],
    outfile: join(outdir, name, 'index.js'),
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
}
