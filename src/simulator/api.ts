import { randomBytes } from 'node:crypto';
import { ApiError, badRequest, conflict, notFound } from './api-error.js';
import { recordUpdate, serverSideApply } from './apply.js';
import { applyDefaults } from './defaults.js';
import { applyJsonPatch, applyMergePatch, strategicMerge } from './patch.js';
import { apiVersionOf, qualifiedName, resourceByPlural, type ResourceType } from './resources.js';
import type { ObjectStore } from './store.js';
import { clone, isObject, nowTime, type Obj } from './types.js';
import { checkStrict, pruneUnknown } from './schema.js';
import { checkApplyTypes, checkDecodable, checkFieldManager, validate } from './validation.js';

/** Options of one write, mirroring the query parameters of the REST call. */
export interface WriteOptions {
  /** Field manager for managedFields; undefined = internal controller write (not tracked). */
  manager?: string;
  dryRun?: boolean;
  subresource?: 'status';
  /** fieldValidation query parameter (Strict rejects unknown fields). */
  fieldValidation?: string;
}

/** The four PATCH content types the API server accepts. */
export type PatchType = 'json' | 'merge' | 'strategic' | 'apply';

/** Hooks other parts attach to writes (service proxies allocate their port before a Service is stored). */
export interface ApiHooks {
  beforeCreate?(r: ResourceType, obj: Obj): Promise<void> | void;
}

const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
/** Random name suffix from the vowel-free alphabet Kubernetes uses (generateName, pod names). */
export const randomSuffix = (n = 5): string => [...randomBytes(n)].map((b) => ALPHABET[b % ALPHABET.length]).join('');

/**
 * The API semantics shared by HTTP handlers and controllers: admission (defaults + validation),
 * status subresource rules, patches, server-side apply, finalizers and deletion.
 */
export class Api {
  constructor(
    readonly store: ObjectStore,
    readonly hooks: ApiHooks = {},
  ) {}

  private checkNamespace(r: ResourceType, namespace: string | undefined): void {
    if (!r.namespaced) return;
    const ns = this.store.get(resourceByPlural('namespaces'), undefined, namespace ?? '');
    if (!ns) throw notFound(resourceByPlural('namespaces'), namespace ?? '');
    if (ns.metadata.deletionTimestamp) {
      throw new ApiError(
        403,
        'Forbidden',
        `unable to create new content in namespace ${namespace} because it is being terminated`,
        { name: namespace, kind: 'namespaces' },
      );
    }
  }

  private admit(r: ResourceType, obj: Obj, namespace: string | undefined): Obj {
    if (!isObject(obj)) throw badRequest('the body of the request must be a JSON object');
    obj.apiVersion = apiVersionOf(r);
    obj.kind = r.kind;
    if (!isObject(obj.metadata)) obj.metadata = {};
    const md = obj.metadata;
    if (r.namespaced) {
      if (md.namespace && namespace && md.namespace !== namespace) {
        throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      md.namespace = namespace ?? md.namespace;
    } else delete md.namespace;
    pruneUnknown(r, obj);
    applyDefaults(r, obj);
    validate(r, obj);
    return obj;
  }

  async create(r: ResourceType, namespace: string | undefined, body: Obj, opts: WriteOptions = {}): Promise<Obj> {
    checkFieldManager(opts.manager, 'CreateOptions');
    checkDecodable(body);
    checkStrict(r, body, opts.fieldValidation);
    const obj = clone(body);
    obj.metadata ??= {};
    if (isObject(obj?.metadata) && !obj.metadata.name && obj.metadata.generateName)
      obj.metadata.name = `${obj.metadata.generateName}${randomSuffix()}`;
    if (isObject(obj?.metadata))
      for (const k of ['uid', 'resourceVersion', 'deletionTimestamp', 'creationTimestamp']) delete obj.metadata[k];
    if (opts.manager && isObject(obj)) recordUpdate(undefined, obj, opts.manager);
    this.admit(r, obj, namespace);
    if (r.subresources.includes('status') && r.plural !== 'nodes') delete obj.status;
    if (r.plural === 'namespaces') obj.status = { phase: 'Active' };
    if (r.plural === 'pods') obj.status = { phase: 'Pending', qosClass: 'BestEffort' };
    if (r.plural === 'services') obj.status = { loadBalancer: {} };
    this.checkNamespace(r, obj.metadata.namespace);
    if (this.store.get(r, obj.metadata.namespace, obj.metadata.name)) return this.store.create(r, obj);
    if (opts.dryRun) return { ...obj, metadata: { ...obj.metadata, uid: 'dry-run', creationTimestamp: nowTime() } };
    await this.hooks.beforeCreate?.(r, obj);
    return this.store.create(r, obj);
  }

  /** PUT semantics: replace the object (or only its status with subresource 'status'). */
  update(r: ResourceType, namespace: string | undefined, name: string, body: Obj, opts: WriteOptions = {}): Obj {
    checkFieldManager(opts.manager, 'UpdateOptions');
    const old = this.store.mustGet(r, namespace, name);
    checkDecodable(body);
    checkStrict(r, body, opts.fieldValidation);
    if (isObject(body.metadata) && body.metadata.name && body.metadata.name !== name) {
      throw badRequest(
        'the name of the object (' + body.metadata.name + ') does not match the name on the URL (' + name + ')',
      );
    }
    let next: Obj;
    if (opts.subresource === 'status') {
      next = { ...old, status: clone(body.status) };
      next.metadata.resourceVersion = body.metadata?.resourceVersion ?? old.metadata.resourceVersion;
    } else {
      next = clone(body);
      next.metadata = { ...(isObject(next.metadata) ? next.metadata : {}), name };
      next.metadata.resourceVersion ??= undefined;
      if (r.subresources.includes('status')) next.status = old.status;
      next.metadata.managedFields ??= old.metadata.managedFields;
      next.metadata.finalizers = next.metadata.finalizers ?? (old.metadata.deletionTimestamp ? [] : undefined);
      if (next.metadata.finalizers === undefined) delete next.metadata.finalizers;
      next.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
      if (!next.metadata.deletionTimestamp) delete next.metadata.deletionTimestamp;
    }
    this.admit(r, next, namespace ?? old.metadata.namespace);
    if (opts.manager) recordUpdate(old, next, opts.manager, opts.subresource === 'status');
    if (opts.dryRun) return next;
    if (next.metadata.deletionTimestamp && !(next.metadata.finalizers ?? []).length) {
      if (next.metadata.resourceVersion && next.metadata.resourceVersion !== old.metadata.resourceVersion)
        throw conflict(r, name);
      return this.store.remove(r, namespace, name);
    }
    return this.store.update(r, next);
  }

  /** PATCH in any of the four patch types; 'apply' creates the object when it does not exist. */
  async patch(
    r: ResourceType,
    namespace: string | undefined,
    name: string,
    type: PatchType,
    patch: unknown,
    opts: WriteOptions & { force?: boolean } = {},
  ): Promise<Obj> {
    const live = this.store.get(r, namespace, name);
    checkFieldManager(opts.manager, 'PatchOptions');
    if (type === 'apply') {
      checkApplyTypes(patch);
      checkDecodable(patch);
      checkStrict(r, patch as Obj, opts.fieldValidation);
      if (!isObject(patch)) throw badRequest('the body of the request must be a YAML or JSON object');
      if (!opts.manager)
        throw badRequest(
          'PATCH requests with Content-Type application/apply-patch+yaml require a fieldManager parameter',
        );
      if (isObject(patch.metadata) && patch.metadata.name && patch.metadata.name !== name)
        throw badRequest('the name of the object does not match the name on the URL');
      const applied = serverSideApply(live, patch, opts.manager, Boolean(opts.force));
      applied.metadata.name = name;
      if (!live) return this.createApplied(r, namespace, applied, opts);
      return this.update(r, namespace, name, applied, { dryRun: opts.dryRun, subresource: opts.subresource });
    }
    if (!live) throw notFound(r, name);
    if (type !== 'json' && !isObject(patch))
      throw badRequest(
        `json: cannot unmarshal ${Array.isArray(patch) ? 'array' : typeof patch} into Go value of type map[string]interface {}`,
      );
    const base = opts.subresource === 'status' ? live : { ...live };
    let next: Obj;
    if (type === 'json') next = applyJsonPatch(base, patch);
    else if (type === 'merge') next = applyMergePatch(base, patch) as Obj;
    else next = strategicMerge(base, patch) as Obj;
    if (!isObject(next.metadata)) throw new ApiError(422, 'Invalid', 'metadata: Required value');
    checkDecodable(next);
    if (
      next.metadata.resourceVersion !== live.metadata.resourceVersion &&
      (patch as Obj)?.metadata?.resourceVersion === undefined
    ) {
      next.metadata.resourceVersion = live.metadata.resourceVersion;
    }
    return this.update(r, namespace, name, next, opts);
  }

  private async createApplied(
    r: ResourceType,
    namespace: string | undefined,
    applied: Obj,
    opts: WriteOptions,
  ): Promise<Obj> {
    const managed = applied.metadata.managedFields;
    const created = await this.create(r, namespace, applied, { dryRun: opts.dryRun });
    if (opts.dryRun) return created;
    return this.store.update(r, { ...created, metadata: { ...created.metadata, managedFields: managed } });
  }

  /** DELETE: finalizers delay removal (deletionTimestamp set); propagation decides what happens to dependents. */
  delete(r: ResourceType, namespace: string | undefined, name: string, options: Obj = {}): Obj {
    const obj = this.store.mustGet(r, namespace, name);
    const pre = options.preconditions ?? {};
    if (
      (pre.uid && pre.uid !== obj.metadata.uid) ||
      (pre.resourceVersion && pre.resourceVersion !== obj.metadata.resourceVersion)
    ) {
      throw conflict(
        r,
        name,
        `Precondition failed: UID in precondition: ${pre.uid ?? ''}, UID in object meta: ${obj.metadata.uid}`,
      );
    }
    if (options.dryRun) return obj;
    const policy = options.propagationPolicy ?? (options.orphanDependents === true ? 'Orphan' : 'Background');
    const finalizers: string[] = [...(obj.metadata.finalizers ?? [])];
    if (policy === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
    if (policy === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
    if (r.plural === 'namespaces') {
      if (obj.metadata.deletionTimestamp) return obj;
      return this.store.update(r, {
        ...obj,
        metadata: { ...obj.metadata, deletionTimestamp: nowTime() },
        status: { phase: 'Terminating' },
      });
    }
    const grace = Number(options.gracePeriodSeconds ?? obj.spec?.terminationGracePeriodSeconds ?? 30);
    if (r.plural === 'pods' && obj.spec?.nodeName && grace > 0) {
      if (obj.metadata.deletionTimestamp) return obj;
      const metadata = {
        ...obj.metadata,
        deletionTimestamp: nowTime(),
        deletionGracePeriodSeconds: grace,
        ...(finalizers.length ? { finalizers } : {}),
      };
      return this.store.update(r, { ...obj, metadata });
    }
    if (finalizers.length) {
      if (obj.metadata.deletionTimestamp) return obj;
      return this.store.update(r, {
        ...obj,
        metadata: { ...obj.metadata, finalizers, deletionTimestamp: nowTime(), deletionGracePeriodSeconds: 0 },
      });
    }
    return this.store.remove(r, namespace, name);
  }
}

export { qualifiedName };
