import { createInterface } from 'node:readline';
import { Discovery, resourcePath } from './discovery.js';
import { KubeApiError } from '../../core/kube/errors.js';
import { DEFAULT_RETRY, KubeHttp, type RetryPolicy } from './http.js';
import type { KubeAccess } from './config.js';
import {
  describeRef,
  type ApplyOptions,
  type KubeClient,
  type KubeObject,
  type ListOptions,
  type ObjectRef,
  type PatchType,
  type ResourceInfo,
  type WatchEvent,
} from '../../core/kube/types.js';

const PATCH_TYPES: Record<PatchType, string> = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
};

/** The real KubeClient over @kubernetes/client-node's kubeconfig handling and plain HTTP. */
export class HttpKubeClient implements KubeClient {
  private readonly http: KubeHttp;
  private readonly discovery: Discovery;

  constructor(
    access: Pick<KubeAccess, 'config'> & Partial<Pick<KubeAccess, 'secret'>>,
    retry: RetryPolicy = DEFAULT_RETRY,
  ) {
    this.http = new KubeHttp(access.config, retry, access.secret);
    this.discovery = new Discovery(this.http);
  }

  resource(apiVersion: string, kind: string): Promise<ResourceInfo | undefined> {
    return this.discovery.resource(apiVersion, kind);
  }

  private async info(apiVersion: string, kind: string): Promise<ResourceInfo> {
    const info = await this.resource(apiVersion, kind);
    if (!info) throw new KubeApiError(404, 'NotFound', `the cluster does not serve kind ${kind} in ${apiVersion}`);
    return info;
  }

  async get<T extends KubeObject>(ref: ObjectRef): Promise<T | undefined> {
    const info = await this.info(ref.apiVersion, ref.kind);
    try {
      return await this.http.request<T>({
        method: 'GET',
        path: resourcePath(info, ref.namespace, ref.name),
        what: `get ${describeRef(ref)}`,
      });
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  async list<T extends KubeObject>(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    options: ListOptions = {},
  ) {
    const info = await this.info(apiVersion, kind);
    const list = await this.http.request<{ items: T[]; metadata: { resourceVersion: string } }>({
      method: 'GET',
      path: resourcePath(info, namespace),
      query: { ...options },
      what: `list ${kind}`,
    });
    const items = (list.items ?? []).map((item) => ({ ...item, apiVersion, kind }));
    return { items, resourceVersion: list.metadata?.resourceVersion ?? '' };
  }

  async watch<T extends KubeObject>(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    options: ListOptions & { resourceVersion: string },
    onEvent: (event: WatchEvent<T>) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const info = await this.info(apiVersion, kind);
    const query = { ...options, watch: true, allowWatchBookmarks: true, timeoutSeconds: 240 };
    let opened;
    try {
      opened = await this.http.open(
        { method: 'GET', path: resourcePath(info, namespace), query, what: `watch ${kind}` },
        signal,
      );
    } catch (error) {
      if (signal.aborted) return;
      throw error;
    }
    const { response } = opened;
    if ((response.statusCode ?? 0) !== 200) {
      let text = '';
      for await (const chunk of response) text += chunk;
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* keep text */
      }
      throw KubeApiError.fromBody(response.statusCode ?? 0, body, `watch ${kind}`);
    }
    const lines = createInterface({ input: response, crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        if (!line.trim()) continue;
        const event = JSON.parse(line) as WatchEvent<T>;
        if (event.type === 'ERROR') {
          const status = event.object as unknown as { code?: number; reason?: string; message?: string };
          throw new KubeApiError(
            status.code ?? 500,
            status.reason ?? 'WatchError',
            `watch ${kind}: ${status.message ?? 'error event'}`,
          );
        }
        if (event.object) event.object = { ...event.object, apiVersion, kind };
        onEvent(event);
      }
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof KubeApiError) throw error;
      throw new KubeApiError(0, 'WatchDropped', `watch ${kind}: ${(error as Error).message}`);
    } finally {
      response.destroy();
    }
  }

  async apply(object: KubeObject, options: ApplyOptions): Promise<KubeObject> {
    const info = await this.info(object.apiVersion, object.kind);
    const ref = {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.metadata.name ?? '',
      namespace: object.metadata.namespace,
    };
    return this.http.request<KubeObject>({
      method: 'PATCH',
      path: resourcePath(info, ref.namespace, ref.name),
      query: {
        fieldManager: options.fieldManager,
        force: options.force || undefined,
        dryRun: options.dryRun ? 'All' : undefined,
      },
      body: object,
      contentType: 'application/apply-patch+yaml',
      what: `${options.dryRun ? 'dry-run apply' : 'apply'} ${describeRef(ref)}`,
    });
  }

  async patch(ref: ObjectRef, body: unknown, type: PatchType, fieldManager: string): Promise<KubeObject> {
    const info = await this.info(ref.apiVersion, ref.kind);
    return this.http.request<KubeObject>({
      method: 'PATCH',
      path: resourcePath(info, ref.namespace, ref.name),
      query: { fieldManager },
      body,
      contentType: PATCH_TYPES[type],
      what: `patch ${describeRef(ref)}`,
    });
  }

  async delete(ref: ObjectRef): Promise<boolean> {
    const info = await this.info(ref.apiVersion, ref.kind);
    try {
      await this.http.request({
        method: 'DELETE',
        path: resourcePath(info, ref.namespace, ref.name),
        query: { propagationPolicy: 'Background' },
        what: `delete ${describeRef(ref)}`,
      });
      return true;
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return false;
      throw error;
    }
  }
}
