import { describe, expect, it } from 'vitest';
import { KubeApiError } from '../../../src/core/kube/errors.js';
import type { KubeClient, KubeObject, WatchEvent } from '../../../src/core/kube/types.js';
import { observe } from '../../../src/core/kube/watch-loop.js';

const obj = (name: string, rv: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, resourceVersion: rv },
});

/** A client whose watch follows a script: each call emits some events, then ends or throws. */
function scripted(steps: { events: WatchEvent[]; end?: Error }[], onDone: () => void) {
  const calls: { op: string; rv?: string }[] = [];
  let listRv = 10;
  const client = {
    list: async () => {
      calls.push({ op: 'list' });
      listRv += 10;
      return { items: [obj('a', String(listRv))], resourceVersion: String(listRv) };
    },
    watch: async (
      _a: string,
      _k: string,
      _n: string | undefined,
      o: { resourceVersion: string },
      onEvent: (e: WatchEvent) => void,
    ) => {
      calls.push({ op: 'watch', rv: o.resourceVersion });
      const step = steps.shift();
      if (!step) {
        onDone();
        return;
      }
      step.events.forEach(onEvent);
      if (step.end) throw step.end;
    },
  } as unknown as KubeClient;
  return { client, calls };
}

describe('observe (list then watch, resumable)', () => {
  it('resumes from the last resourceVersion after a drop, relists on 410, backs off on 5xx, stops on abort', async () => {
    const abort = new AbortController();
    const { client, calls } = scripted(
      [
        { events: [{ type: 'MODIFIED', object: obj('a', '12') }], end: new KubeApiError(0, 'WatchDropped', 'dropped') },
        { events: [{ type: 'ADDED', object: obj('b', '15') }] },
        { events: [], end: new KubeApiError(410, 'Gone', 'too old') },
        { events: [], end: new KubeApiError(503, 'ServiceUnavailable', 'busy') },
        { events: [{ type: 'DELETED', object: obj('a', '40') }] },
      ],
      () => abort.abort(),
    );
    const seen: string[] = [];
    const resumes: string[] = [];
    await observe(
      client,
      { apiVersion: 'v1', kind: 'Pod' },
      {
        onSnapshot: (items) => seen.push(`snapshot:${items.map((i) => i.metadata.name).join(',')}`),
        onEvent: (type, o) => seen.push(`${type}:${o.metadata.name}`),
        onResume: (reason) => resumes.push(reason),
      },
      abort.signal,
    );
    expect(calls).toEqual([
      { op: 'list' },
      { op: 'watch', rv: '20' },
      { op: 'watch', rv: '12' },
      { op: 'watch', rv: '15' },
      { op: 'list' },
      { op: 'watch', rv: '30' },
      { op: 'watch', rv: '30' },
      { op: 'watch', rv: '40' },
    ]);
    expect(seen).toEqual(['snapshot:a', 'MODIFIED:a', 'ADDED:b', 'snapshot:a', 'DELETED:a']);
    expect(resumes.join('\n')).toMatch(
      /dropped; retrying[\s\S]*closed by the server[\s\S]*410 Gone[\s\S]*busy; retrying/,
    );
  });

  it('gives up on errors that retrying cannot fix (Forbidden)', async () => {
    const { client } = scripted(
      [{ events: [], end: new KubeApiError(403, 'Forbidden', 'pods is forbidden') }],
      () => undefined,
    );
    await expect(
      observe(
        client,
        { apiVersion: 'v1', kind: 'Pod' },
        { onSnapshot: () => undefined, onEvent: () => undefined },
        new AbortController().signal,
      ),
    ).rejects.toThrow('forbidden');
  });
});
