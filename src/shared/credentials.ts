import { parse as parseYaml } from 'yaml';

/** Keys whose value is a credential in a kubeconfig (users, auth-provider config) or a similar config. */
const CREDENTIAL_KEY = /token|secret|password|passwd|api-?key|client-key-data|client-certificate-data/i;
/** exec plugin env entries whose value is a credential (AWS_SECRET_ACCESS_KEY, AZURE_CLIENT_SECRET...). */
const CREDENTIAL_ENV = /key|secret|token|password|credential|session/i;
/** Paths to a credential (`tokenFile`) name a file, not a secret; masking them would hide a path. */
const NOT_A_VALUE = /file$/i;

function isCredentialKey(key: string): boolean {
  return CREDENTIAL_KEY.test(key) && !NOT_A_VALUE.test(key);
}

function walk(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    node.forEach((item) => walk(item, found));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.name === 'string' && typeof record.value === 'string' && CREDENTIAL_ENV.test(record.name))
    found.add(record.value);
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' && isCredentialKey(key)) found.add(value);
    else walk(value, found);
  }
}

/** The same search over lines, for text that is not valid YAML (a broken secret must not print unmasked). */
function scanLines(text: string, found: Set<string>): void {
  for (const line of text.split(/\r?\n/)) {
    const match = line.match(/^\s*-?\s*"?([\w.-]+)"?\s*:\s*"?([^"\s][^"]*?)"?\s*,?\s*$/);
    if (match && isCredentialKey(match[1])) found.add(match[2]);
  }
}

/**
 * The credential values of a config text such as a kubeconfig: tokens, passwords, client keys
 * and certificates, auth-provider secrets and exec env secrets. Only these are masked: masking
 * every line would make the runner hide ordinary words (`cluster:`, `default`) in every log.
 */
export function credentialValues(text: string): string[] {
  const found = new Set<string>();
  try {
    walk(parseYaml(text, { maxAliasCount: 100 }), found);
  } catch {
    scanLines(text, found);
  }
  return [...found].map((value) => value.trim()).filter((value) => value.length >= 3);
}
