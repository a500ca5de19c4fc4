import type { ProbeError } from './types.js';

/** OpenSSL verification codes in plain words, so a log line says why TLS was refused. */
const TLS_REASONS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in the chain',
  CERT_HAS_EXPIRED: 'certificate has expired',
  CERT_NOT_YET_VALID: 'certificate is not yet valid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificate does not match the host name',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unable to verify the certificate chain (missing intermediate?)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'issuer certificate not trusted locally',
  CERT_REVOKED: 'certificate revoked',
  ERR_SSL_WRONG_VERSION_NUMBER: 'server did not speak TLS (plain HTTP on a TLS URL?)',
};

/** A plain-words TLS reason for an OpenSSL/Node code, or undefined when it is not a TLS problem. */
export function tlsReason(code: string | undefined, message = ''): string | undefined {
  if (!code) return /SSL|TLS|certificate/i.test(message) ? message : undefined;
  if (TLS_REASONS[code]) return TLS_REASONS[code];
  if (/^ERR_SSL_|^ERR_TLS_|CERT/.test(code)) return message || code;
  return undefined;
}

/** Maps a Node socket/request error to the categories an operator distinguishes. */
export function classifyError(error: unknown, target: string): ProbeError {
  const err = error as NodeJS.ErrnoException;
  const code = err?.code;
  const message = err?.message ?? String(error);
  const tls = tlsReason(code, message);
  if (tls) return { kind: 'tls', code, message: `TLS error: ${tls} (${target})` };
  switch (code) {
    case 'ECONNREFUSED':
      return { kind: 'connection-refused', code, message: `connection refused (${target})` };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
    case 'EAI_FAIL':
      return { kind: 'dns', code, message: `DNS lookup failed for ${target} (${code})` };
    case 'ECONNRESET':
    case 'EPIPE':
      return { kind: 'connection-reset', code, message: `connection reset by ${target}` };
    case 'ETIMEDOUT':
      return { kind: 'timeout', code, message: `connect timed out (${target})` };
    default:
      return { kind: 'network', code, message: `${message}${code ? ` [${code}]` : ''} (${target})` };
  }
}
