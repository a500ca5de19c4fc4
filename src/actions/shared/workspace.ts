import type { Runtime } from '../../runtime/runtime.js';

/** Where relative input paths resolve: the workspace on a runner, the working directory elsewhere. */
export const workspaceOf = (runtime: Pick<Runtime, 'env' | 'cwd'>): string =>
  runtime.env.GITHUB_WORKSPACE || runtime.cwd;
