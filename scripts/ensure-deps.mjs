// Runs before `npm run demo` and `npm test`: on a fresh clone, install from the lockfile first so
// the README's two quick-start commands work as written. Runs on any Node (npm may start it on
// the system Node); the main script then finds the pinned Node 24 in node_modules/.bin.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const installed = ['node', 'vitest'].every((bin) => existsSync(join(root, 'node_modules', '.bin', bin)));
if (!installed) {
  process.stderr.write('deploy-kit: dependencies missing, running `npm ci` once (installs Node 24 for the scripts)\n');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
