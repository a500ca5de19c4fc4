import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './api-error.js';
import { apiVersionOf, type ResourceType } from './resources.js';
import type { ObjectStore, StoreEvent } from './store.js';
import type { Obj } from './types.js';

/** One watch call: which objects, from which resourceVersion, how to end and render. */
export interface WatchRequest {
  resource: ResourceType;
  namespace?: string;
  matches: (o: Obj) => boolean;
  resourceVersion?: string;
  bookmarks: boolean;
  timeoutSeconds?: number;
  /** Server-side printing: each event's object as a Table (column definitions in the first). */
  render?: (o: Obj, first: boolean) => unknown;
}

/** Open watch streams, so fault injection can drop them and stop() can end them. */
export class WatchHub {
  private readonly open = new Set<ServerResponse>();

  constructor(
    private readonly store: ObjectStore,
    private readonly bookmarkMs = 5000,
  ) {}

  /** Ends every open watch (clients see a clean end of stream and must re-watch). */
  dropAll(): void {
    for (const res of this.open) res.end();
    this.open.clear();
  }

  get size(): number {
    return this.open.size;
  }

  /**
   * Serves a watch as a chunked stream of newline-delimited JSON events. Without a resourceVersion
   * (or "0") it starts with ADDED events for what exists; with one it replays history after it,
   * or sends an ERROR event with a 410 Expired Status when that history has been compacted.
   */
  serve(req: IncomingMessage, res: ServerResponse, w: WatchRequest): void {
    const wanted = (e: StoreEvent) =>
      e.resource === w.resource && (!w.namespace || e.object.metadata.namespace === w.namespace);
    let first = true;
    const send = (type: string, object: unknown) => {
      if (res.writableEnded || res.destroyed) return;
      const out = w.render && type !== 'ERROR' && type !== 'BOOKMARK' ? w.render(object as Obj, first) : object;
      if (out !== object) first = false;
      res.write(`${JSON.stringify({ type, object: out })}\n`);
    };
    const emit = (e: StoreEvent) => {
      if (!wanted(e)) return;
      const now = w.matches(e.object);
      const before = e.old ? w.matches(e.old) : false;
      if (e.type === 'MODIFIED') {
        if (now && before) send('MODIFIED', e.object);
        else if (now) send('ADDED', e.object);
        else if (before) send('DELETED', e.object);
      } else if (now) send(e.type, e.object);
    };
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Transfer-Encoding': 'chunked',
      'Cache-Control': 'no-cache, private',
    });
    res.flushHeaders();
    const rv = w.resourceVersion && w.resourceVersion !== '0' ? Number(w.resourceVersion) : undefined;
    if (rv !== undefined && (!Number.isFinite(rv) || rv < this.store.oldestResumable)) {
      const err = new ApiError(
        410,
        'Expired',
        `too old resource version: ${w.resourceVersion} (${this.store.oldestResumable})`,
      );
      send('ERROR', err.toStatus());
      res.end();
      return;
    }
    if (rv === undefined) {
      for (const o of this.store.list(w.resource, w.namespace)) if (w.matches(o)) send('ADDED', o);
    } else {
      for (const e of this.store.eventsSince(rv)) emit(e);
    }
    const unsubscribe = this.store.subscribe(emit);
    this.open.add(res);
    const bookmark = w.bookmarks
      ? setInterval(
          () =>
            send('BOOKMARK', {
              kind: w.resource.kind,
              apiVersion: apiVersionOf(w.resource),
              metadata: { resourceVersion: String(this.store.resourceVersion) },
            }),
          this.bookmarkMs,
        )
      : undefined;
    const timeout = w.timeoutSeconds ? setTimeout(() => res.end(), w.timeoutSeconds * 1000) : undefined;
    const cleanup = () => {
      unsubscribe();
      this.open.delete(res);
      clearInterval(bookmark);
      clearTimeout(timeout);
    };
    res.on('close', cleanup);
    res.on('error', cleanup);
    res.on('finish', cleanup);
    req.on('close', () => res.end());
  }
}
