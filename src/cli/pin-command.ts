import { resolve } from 'node:path';
import { parseCommandFlags } from './args.js';
import { SUMMARIES } from './summaries.js';
import { EXIT, type CliCommand, type CliIo } from './command.js';
import { pin, scan } from '../core/pin/pin.js';
import { gitLsRemote } from '../clients/git-ls-remote.js';
import { DEFAULT_URL_TEMPLATE } from '../core/pin/resolve.js';
import type { UsesRef } from '../core/pin/refs.js';

const USAGE = `deploy-kit pin [--check] [--dir DIR] [--url-template TEMPLATE]
  Rewrites uses: references in .github/workflows/*.yml, action.yml and actions/*/action.yml
  to full commit SHAs with a '# vX.Y.Z' comment, resolving tags with git ls-remote.
  --check          change nothing; list every unpinned reference and exit 1 if there is one
  --dir DIR        repository root (default: the current directory)
  --url-template   where repositories live (default: ${DEFAULT_URL_TEMPLATE}; {owner} and {repo} are replaced)
  Local paths (./), docker:// images and self-repository references ($/) are left alone.`;

const at = (r: UsesRef) => `${r.file}:${r.line}`;

/** `deploy-kit pin`: supply-chain hygiene for workflow files, runnable before every release. */
export const pinCommand: CliCommand = {
  name: 'pin',
  summary: SUMMARIES.pin,
  usage: () => USAGE,
  async run(argv: string[], io: CliIo) {
    const flags = parseCommandFlags(
      'pin',
      argv,
      { valid: ['check', 'dir', 'url-template'], booleans: ['check'], usage: USAGE },
      io,
    );
    if (typeof flags === 'number') return flags;
    const template = flags['url-template'] ?? DEFAULT_URL_TEMPLATE;
    if (!template.includes('{owner}') || !template.includes('{repo}')) {
      io.stderr.write(`deploy-kit pin: --url-template must contain {owner} and {repo}, got '${template}'\n`);
      return EXIT.config;
    }
    const root = resolve(flags.dir ?? '.');
    if (flags.check) {
      const result = await scan(root);
      for (const r of result.unpinned) io.stdout.write(`${at(r)}: ${r.value} is not pinned to a commit SHA\n`);
      io.stdout.write(
        `${result.refs.length} references in ${result.files.length} files, ${result.unpinned.length} unpinned\n`,
      );
      return result.unpinned.length ? EXIT.failed : EXIT.ok;
    }
    const result = await pin(root, gitLsRemote, template);
    for (const c of result.changed)
      io.stdout.write(`${at(c.ref)}: ${c.ref.value} -> ${c.resolution.sha} # ${c.resolution.version}\n`);
    for (const p of result.problems) io.stderr.write(`${at(p.ref)}: ${p.ref.value}: ${p.message}\n`);
    io.stdout.write(
      `${result.changed.length} pinned, ${result.refs.length - result.unpinned.length} already pinned, ${result.problems.length} unresolved\n`,
    );
    return result.problems.length ? EXIT.failed : EXIT.ok;
  },
};
