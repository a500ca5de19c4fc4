import type { KubeHttp } from './http.js';
import type { ResourceInfo } from '../../core/kube/types.js';

interface ResourceList {
  resources: { name: string; kind: string; namespaced: boolean }[];
}

/**
 * Lazily discovers the kinds one group/version serves and caches them, so validation can say
 * "kind Foo is not served by apps/v1" before anything changes.
 */
export class Discovery {
  private readonly cache = new Map<string, Promise<Map<string, ResourceInfo> | undefined>>();

  constructor(private readonly http: KubeHttp) {}

  async resource(apiVersion: string, kind: string): Promise<ResourceInfo | undefined> {
    let entry = this.cache.get(apiVersion);
    if (!entry) {
      entry = this.load(apiVersion);
      this.cache.set(apiVersion, entry);
    }
    return (await entry)?.get(kind);
  }

  private async load(apiVersion: string): Promise<Map<string, ResourceInfo> | undefined> {
    const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    try {
      const list = await this.http.request<ResourceList>({ method: 'GET', path, what: `discover ${apiVersion}` });
      const kinds = new Map<string, ResourceInfo>();
      for (const r of list.resources ?? []) {
        if (r.name.includes('/')) continue; // subresources such as deployments/scale
        kinds.set(r.kind, { apiVersion, kind: r.kind, plural: r.name, namespaced: r.namespaced });
      }
      return kinds;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      this.cache.delete(apiVersion);
      throw error;
    }
  }
}

/** The REST path of a collection or one object of a discovered kind. */
export function resourcePath(info: ResourceInfo, namespace: string | undefined, name?: string): string {
  const base = info.apiVersion.includes('/') ? `/apis/${info.apiVersion}` : `/api/${info.apiVersion}`;
  const ns = info.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `${base}${ns}/${info.plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
}
