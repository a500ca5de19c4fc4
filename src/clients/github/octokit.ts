import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

/**
 * One factory for every GitHub API client of the kit. `baseUrl` comes from GITHUB_API_URL on
 * the runner (GHES) and from a local stand-in server in tests.
 */
export function createOctokit(token: string, baseUrl?: string): Octokit {
  return getOctokit(token, baseUrl ? { baseUrl } : {});
}
