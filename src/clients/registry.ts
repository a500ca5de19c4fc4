import { createHash } from 'node:crypto';
import { RegistryError, withRetry, type RetryOptions } from './container-engine-errors.js';
import { basicHeader, fetchToken, parseChallenge, type RegistryCredentials } from './registry-auth.js';

export type { RegistryCredentials } from './registry-auth.js';

/** Every manifest type a push can leave behind: docker v2 and OCI, single image or index. */
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

export interface ImageReference {
  /** Host[:port] as written (docker.io for Docker Hub). */
  registry: string;
  repository: string;
  /** Tag or digest. */
  reference: string;
}

/** Splits `host:port/repo/name:tag` (or @digest); Docker Hub names get their implicit host and library/. */
export function parseReference(ref: string): ImageReference {
  const at = ref.indexOf('@');
  const [name, reference] =
    at >= 0
      ? [ref.slice(0, at), ref.slice(at + 1)]
      : (() => {
          const colon = ref.lastIndexOf(':');
          return colon > ref.lastIndexOf('/') ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, 'latest'];
        })();
  const first = name.split('/')[0];
  const hasHost = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasHost) return { registry: first, repository: name.slice(first.length + 1), reference };
  return { registry: 'docker.io', repository: name.includes('/') ? name : `library/${name}`, reference };
}

export interface Manifest {
  digest: string;
  mediaType: string;
  body: Record<string, unknown>;
}

export interface RegistryClientOptions {
  credentials?: RegistryCredentials;
  fetch?: typeof fetch;
  retry?: RetryOptions;
}

const apiHost = (registry: string) => (registry === 'docker.io' ? 'registry-1.docker.io' : registry);
/** Loopback registries speak plain HTTP (docker treats 127.0.0.0/8 as insecure too). */
const scheme = (host: string) => (/^(127\.\d+\.\d+\.\d+|localhost)(:\d+)?$/.test(host) ? 'http' : 'https');

/**
 * Reads manifests and blobs through the registry HTTP API (v2), handling Basic and Bearer
 * token auth: this is how the pushed digest is confirmed independently of the builder.
 */
export class RegistryClient {
  private readonly doFetch: typeof fetch;
  private readonly auth = new Map<string, string>();

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.doFetch = options.fetch ?? fetch;
  }

  private async request(image: ImageReference, path: string, init: RequestInit): Promise<Response> {
    const host = apiHost(image.registry);
    const url = `${scheme(host)}://${host}/v2/${image.repository}/${path}`;
    const scope = `repository:${image.repository}:pull`;
    const send = () =>
      this.doFetch(url, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string>),
          ...(this.auth.has(host) ? { authorization: this.auth.get(host)! } : {}),
        },
      });
    const call = async () => {
      let response = await send().catch((error: Error) => {
        throw networkError(image.registry, error);
      });
      if (response.status === 401) {
        const challenge = parseChallenge(response.headers.get('www-authenticate'));
        const creds = this.options.credentials;
        if (challenge?.scheme === 'basic' && creds) this.auth.set(host, basicHeader(creds));
        if (challenge?.scheme === 'bearer') {
          const token = await fetchToken(challenge, scope, creds, this.doFetch);
          if (token) this.auth.set(host, `Bearer ${token}`);
        }
        if (this.auth.has(host)) response = await send();
      }
      if (response.status === 401 || response.status === 403) {
        throw new RegistryError(
          `registry ${image.registry} refused to read ${image.repository} (HTTP ${response.status}); check the username and password inputs`,
          'credentials',
        );
      }
      if (response.status === 429 || response.status >= 500)
        throw new RegistryError(`registry ${image.registry} answered HTTP ${response.status}`, 'transient');
      return response;
    };
    return withRetry(call, this.options.retry);
  }

  /** The digest a tag points at: HEAD with Docker-Content-Digest, else GET and hash the bytes. */
  async digest(ref: string): Promise<string> {
    const image = parseReference(ref);
    const head = await this.request(image, `manifests/${image.reference}`, {
      method: 'HEAD',
      headers: { accept: MANIFEST_TYPES.join(', ') },
    });
    const header = head.headers.get('docker-content-digest');
    if (head.ok && header) return header;
    return (await this.manifest(ref)).digest;
  }

  async manifest(ref: string): Promise<Manifest> {
    const image = parseReference(ref);
    const response = await this.request(image, `manifests/${image.reference}`, {
      headers: { accept: MANIFEST_TYPES.join(', ') },
    });
    if (!response.ok)
      throw new RegistryError(
        `registry ${image.registry} has no manifest for ${image.repository}:${image.reference} (HTTP ${response.status})`,
        'other',
      );
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest =
      response.headers.get('docker-content-digest') ?? `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const body = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    return { digest, mediaType: String(body.mediaType ?? response.headers.get('content-type') ?? ''), body };
  }

  async blob(ref: string, digest: string): Promise<Buffer> {
    const image = parseReference(ref);
    const response = await this.request(image, `blobs/${digest}`, {});
    if (!response.ok)
      throw new RegistryError(
        `registry ${image.registry} has no blob ${digest} in ${image.repository} (HTTP ${response.status})`,
        'other',
      );
    return Buffer.from(await response.arrayBuffer());
  }

  /** Compressed size (config + layers) of an image, summed over the platforms of an index. */
  async size(ref: string): Promise<number> {
    const { body } = await this.manifest(ref);
    const sizeOf = (m: Record<string, unknown>) =>
      Number((m.config as { size?: number } | undefined)?.size ?? 0) +
      ((m.layers as { size: number }[] | undefined) ?? []).reduce((sum, l) => sum + l.size, 0);
    if (!Array.isArray(body.manifests)) return sizeOf(body);
    const image = parseReference(ref);
    let total = 0;
    for (const child of body.manifests as { digest: string }[])
      total += sizeOf((await this.manifest(`${image.registry}/${image.repository}@${child.digest}`)).body);
    return total;
  }
}

function networkError(registry: string, error: Error): RegistryError {
  const text = `${error.message} ${String((error.cause as Error | undefined)?.message ?? (error.cause as { code?: string } | undefined)?.code ?? '')}`;
  if (/ENOTFOUND|EAI_AGAIN/.test(text))
    return new RegistryError(`registry ${registry} is unknown (its host name does not resolve)`, 'unknown-registry');
  if (/ECONNREFUSED/.test(text))
    return new RegistryError(`registry ${registry} is not reachable (connection refused)`, 'unreachable');
  return new RegistryError(`registry ${registry} request failed: ${text.trim()}`, 'transient');
}
