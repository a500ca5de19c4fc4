import { randomUUID } from 'node:crypto';
import { alreadyExists, conflict, notFound } from './api-error.js';
import { keyOf, type ResourceType } from './resources.js';
import { clone, deepEqual, nowTime, type Obj } from './types.js';

/** Watch event types a store change produces. */
export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One change, kept in a bounded history so watches can resume from a resourceVersion. */
export interface StoreEvent {
  type: EventType;
  resource: ResourceType;
  object: Obj;
  /** The object before the change (MODIFIED), so selector watches can turn it into ADDED/DELETED. */
  old?: Obj;
  rv: number;
}

const specOf = (o: Obj) => {
  const rest = { ...o };
  delete rest.metadata;
  delete rest.status;
  return rest;
};

/**
 * The object store: one global resourceVersion counter like etcd's revision, optimistic
 * concurrency on update, metadata bookkeeping (uid, generation, timestamps) and an event history.
 */
export class ObjectStore {
  private rv = 1;
  private readonly data = new Map<string, Map<string, Obj>>();
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<(e: StoreEvent) => void>();

  constructor(private readonly maxHistory = 5000) {}

  get resourceVersion(): number {
    return this.rv;
  }

  /** Oldest resourceVersion a watch may resume from (older ones get 410 Gone). */
  get oldestResumable(): number {
    return this.history.length ? this.history[0].rv - 1 : this.rv;
  }

  /** Drops the event history (fault injection: watches resuming from before now get 410). */
  compact(): void {
    this.history.length = 0;
  }

  eventsSince(rv: number): StoreEvent[] {
    return this.history.filter((e) => e.rv > rv);
  }

  subscribe(listener: (e: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private bucket(r: ResourceType): Map<string, Obj> {
    let b = this.data.get(keyOf(r));
    if (!b) this.data.set(keyOf(r), (b = new Map()));
    return b;
  }

  get(r: ResourceType, namespace: string | undefined, name: string): Obj | undefined {
    return clone(this.bucket(r).get(`${namespace ?? ''}/${name}`));
  }

  mustGet(r: ResourceType, namespace: string | undefined, name: string): Obj {
    const found = this.get(r, namespace, name);
    if (!found) throw notFound(r, name);
    return found;
  }

  list(r: ResourceType, namespace?: string): Obj[] {
    const items = [...this.bucket(r).entries()]
      .filter(([, o]) => !namespace || o.metadata.namespace === namespace)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return items.map(([, o]) => clone(o));
  }

  create(r: ResourceType, input: Obj): Obj {
    const obj = clone(input);
    const key = `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
    if (this.bucket(r).has(key)) throw alreadyExists(r, obj.metadata.name);
    const md = obj.metadata;
    md.uid = randomUUID();
    md.creationTimestamp = nowTime();
    if (r.generation) md.generation = 1;
    delete md.deletionTimestamp;
    return this.commit(r, key, obj, 'ADDED');
  }

  /** Replaces an object; a stale metadata.resourceVersion is a 409 Conflict like etcd's compare-and-swap. */
  update(r: ResourceType, input: Obj): Obj {
    const obj = clone(input);
    const key = `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
    const old = this.bucket(r).get(key);
    if (!old) throw notFound(r, obj.metadata.name);
    const sent = obj.metadata.resourceVersion;
    if (sent && sent !== old.metadata.resourceVersion) throw conflict(r, obj.metadata.name);
    obj.metadata.uid = old.metadata.uid;
    obj.metadata.creationTimestamp = old.metadata.creationTimestamp;
    if (r.generation)
      obj.metadata.generation = (old.metadata.generation ?? 1) + (deepEqual(specOf(old), specOf(obj)) ? 0 : 1);
    if (
      deepEqual(
        { ...obj, metadata: { ...obj.metadata, resourceVersion: '' } },
        { ...old, metadata: { ...old.metadata, resourceVersion: '' } },
      )
    ) {
      return clone(old);
    }
    return this.commit(r, key, obj, 'MODIFIED', old);
  }

  remove(r: ResourceType, namespace: string | undefined, name: string): Obj {
    const key = `${namespace ?? ''}/${name}`;
    const old = this.bucket(r).get(key);
    if (!old) throw notFound(r, name);
    this.bucket(r).delete(key);
    const obj = clone(old);
    obj.metadata.resourceVersion = String(++this.rv);
    this.emit({ type: 'DELETED', resource: r, object: obj, rv: this.rv });
    return clone(obj);
  }

  private commit(r: ResourceType, key: string, obj: Obj, type: EventType, old?: Obj): Obj {
    obj.metadata.resourceVersion = String(++this.rv);
    this.bucket(r).set(key, obj);
    this.emit({ type, resource: r, object: clone(obj), old: old ? clone(old) : undefined, rv: this.rv });
    return clone(obj);
  }

  private emit(e: StoreEvent): void {
    this.history.push(e);
    if (this.history.length > this.maxHistory) this.history.splice(0, this.history.length - this.maxHistory);
    for (const l of [...this.listeners]) l(e);
  }
}
