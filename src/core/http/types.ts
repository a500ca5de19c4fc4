import type { LookupFunction } from 'node:net';

/** The HTTP methods every check and load test accepts (health-check, smoke-test, perf-gate). */
export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** What one probe asks for; everything the host would otherwise decide is explicit here. */
export interface ProbeRequest {
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: string;
  /** Deadline for the whole exchange, redirects included. */
  timeoutMs: number;
  /** Accept any certificate (self-signed, expired, wrong host); the certificate is still read. */
  insecure?: boolean;
  followRedirects?: boolean;
  maxRedirects?: number;
  /** Bodies are read up to this size; assertions see the first bytes and `bodyTruncated`. */
  maxBodyBytes?: number;
  /** Name resolution, injectable so DNS failures can be tested without leaving 127.0.0.1. */
  lookup?: LookupFunction;
  /** Aborts the probe early (overall deadline of the caller). */
  signal?: AbortSignal;
  /** Wall clock for certificate expiry; injectable so expiry maths is testable. */
  now?: () => number;
}

/** Why a request got no HTTP answer, in the words an operator uses. */
export type ProbeErrorKind =
  'connection-refused' | 'dns' | 'tls' | 'timeout' | 'connection-reset' | 'too-many-redirects' | 'aborted' | 'network';

export interface ProbeError {
  kind: ProbeErrorKind;
  /** One line: `connection refused (127.0.0.1:9)`, `TLS error: self-signed certificate`. */
  message: string;
  code?: string;
}

/** Milliseconds from the start of the last hop; total covers every hop. */
export interface ProbeTimings {
  dnsMs?: number;
  connectMs?: number;
  tlsMs?: number;
  firstByteMs?: number;
  totalMs: number;
}

export interface TlsCertificateInfo {
  subject?: string;
  issuer?: string;
  validTo: string;
  /** Whole days until expiry, negative once expired; computed against the probe's clock. */
  daysRemaining: number;
  /** False when verification was skipped and would have failed. */
  authorized: boolean;
  authorizationError?: string;
}

export interface ProbeResponse {
  status: number;
  statusText: string;
  /** Lower-cased names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  body: string;
  bodyTruncated: boolean;
  /** The URL that answered, after redirects. */
  url: string;
  redirects: string[];
  timings: ProbeTimings;
  tls?: TlsCertificateInfo;
}

export type ProbeResult =
  { ok: true; response: ProbeResponse } | { ok: false; error: ProbeError; timings: ProbeTimings; redirects: string[] };
