import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface RegistryCredentials {
  username: string;
  password: string;
}

/** A parsed WWW-Authenticate challenge: Basic, or Bearer with the token realm and its parameters. */
export interface Challenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const match = header.match(/^\s*(Basic|Bearer)\b\s*(.*)$/i);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  for (const pair of match[2].matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) params[pair[1].toLowerCase()] = pair[2];
  return { scheme: match[1].toLowerCase() as Challenge['scheme'], params };
}

export const basicHeader = (c: RegistryCredentials) =>
  `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;

/**
 * Fetches a bearer token for a scope (the Docker token protocol), with the credentials when
 * there are any (anonymous pulls otherwise).
 */
export async function fetchToken(
  challenge: Challenge,
  scope: string,
  credentials: RegistryCredentials | undefined,
  doFetch: typeof fetch,
): Promise<string | undefined> {
  const realm = challenge.params.realm;
  if (!realm) return undefined;
  const url = new URL(realm);
  if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
  url.searchParams.set('scope', challenge.params.scope ?? scope);
  const response = await doFetch(url, { headers: credentials ? { authorization: basicHeader(credentials) } : {} });
  if (!response.ok) return undefined;
  const body = (await response.json()) as { token?: string; access_token?: string };
  return body.token ?? body.access_token;
}

/**
 * Credentials a previous `docker login` (for example docker/login-action) stored in
 * $DOCKER_CONFIG/config.json as base64 `auth`; credential helpers are not read.
 */
export async function credentialsFromDockerConfig(
  registry: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<RegistryCredentials | undefined> {
  const dir = env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), '.docker');
  try {
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as {
      auths?: Record<string, { auth?: string }>;
    };
    const keys =
      registry === 'registry-1.docker.io'
        ? ['https://index.docker.io/v1/', 'docker.io']
        : [registry, `https://${registry}`, `http://${registry}`];
    const auth = keys.map((key) => config.auths?.[key]?.auth).find(Boolean);
    if (!auth) return undefined;
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const at = decoded.indexOf(':');
    return at > 0 ? { username: decoded.slice(0, at), password: decoded.slice(at + 1) } : undefined;
  } catch {
    return undefined;
  }
}
