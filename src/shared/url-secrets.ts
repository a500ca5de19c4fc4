/** Query parameters whose values are credentials (presigned URLs, webhook tokens, API keys). */
const CREDENTIAL_PARAM = /token|key|sig|signature|secret|password|passwd|pwd|auth|credential|session|code/i;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The parts of a URL that are credentials: the userinfo password (and `user:password` as
 * written) and the value of every query parameter named like a credential, raw and decoded.
 * An action masks them the moment it reads the URL.
 */
export function urlSecrets(url: string): string[] {
  const parsed = parse(url.trim());
  if (!parsed) return [];
  const found = new Set<string>();
  if (parsed.password) {
    found.add(parsed.password);
    found.add(decodeURIComponent(parsed.password));
    found.add(`${parsed.username}:${parsed.password}`);
  }
  for (const [name, value] of parsed.searchParams) {
    if (!CREDENTIAL_PARAM.test(name) || !value) continue;
    found.add(value);
    found.add(encodeURIComponent(value));
  }
  return [...found].filter((value) => value.length >= 3);
}

/**
 * A URL as it may be shown in a log, summary, output or report: password and credential query
 * values replaced by `***`, everything else (host, path, ordinary parameters) kept readable.
 */
export function redactUrl(url: string): string {
  const parsed = parse(url);
  if (!parsed) return url;
  if (parsed.password) parsed.password = '***';
  for (const name of new Set(parsed.searchParams.keys())) {
    if (CREDENTIAL_PARAM.test(name) && parsed.searchParams.get(name)) parsed.searchParams.set(name, '***');
  }
  return parsed.toString().replaceAll('%2A%2A%2A', '***');
}
