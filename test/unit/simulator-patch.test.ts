import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/simulator/api-error.js';
import { serverSideApply } from '../../src/simulator/apply.js';
import { describePath, fieldsOf, toFieldsV1 } from '../../src/simulator/fieldset.js';
import { applyJsonPatch, applyMergePatch, strategicMerge } from '../../src/simulator/patch.js';
import { parseFieldSelector, parseLabelSelector } from '../../src/simulator/selectors.js';

const pod = () => ({
  metadata: { name: 'p', finalizers: ['a'] },
  spec: {
    containers: [
      {
        name: 'app',
        image: 'x:1',
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
      },
      { name: 'side', image: 'y:1' },
    ],
    volumes: [{ name: 'v', emptyDir: {} }],
  },
});

describe('strategic merge patch', () => {
  it('merges containers and env by name and honours $patch delete/replace', () => {
    const out = strategicMerge(pod(), {
      spec: {
        containers: [
          {
            name: 'app',
            env: [
              { name: 'B', value: 'two' },
              { name: 'C', value: '3' },
            ],
          },
          { name: 'side', $patch: 'delete' },
        ],
      },
    }) as any;
    expect(out.spec.containers).toEqual([
      {
        name: 'app',
        image: 'x:1',
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: 'two' },
          { name: 'C', value: '3' },
        ],
      },
    ]);
    const replaced = strategicMerge(pod(), {
      spec: { containers: [{ name: 'app', image: 'x:2', $patch: 'replace' }] },
    }) as any;
    expect(replaced.spec.containers[0]).toEqual({ name: 'app', image: 'x:2' });
    expect(replaced.spec.containers).toHaveLength(2);
  });

  it('applies $setElementOrder, $retainKeys and $deleteFromPrimitiveList', () => {
    const ordered = strategicMerge(pod(), {
      spec: { '$setElementOrder/containers': [{ name: 'side' }, { name: 'app' }] },
    }) as any;
    expect(ordered.spec.containers.map((c: any) => c.name)).toEqual(['side', 'app']);
    const retained = strategicMerge(
      { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } },
      { strategy: { $retainKeys: ['type'], type: 'Recreate' } },
    ) as any;
    expect(retained.strategy).toEqual({ type: 'Recreate' });
    const pruned = strategicMerge(pod(), { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }) as any;
    expect(pruned.metadata.finalizers).toEqual([]);
    expect((strategicMerge(pod(), { metadata: { finalizers: ['b'] } }) as any).metadata.finalizers).toEqual(['a', 'b']);
  });

  it('merge patch deletes with null; JSON patch reports 422 for missing paths and 400 for malformed ops', () => {
    expect(applyMergePatch({ a: 1, b: { c: 2 } }, { b: null, d: [1] })).toEqual({ a: 1, d: [1] });
    expect(
      applyJsonPatch({ a: [1, 2] }, [
        { op: 'add', path: '/a/-', value: 3 },
        { op: 'move', from: '/a/0', path: '/b' },
      ]),
    ).toEqual({ a: [2, 3], b: 1 });
    const missing = (() => {
      try {
        applyJsonPatch({}, [{ op: 'remove', path: '/x/y' }]);
      } catch (e) {
        return e;
      }
    })() as ApiError;
    expect([missing.code, missing.reason]).toEqual([422, 'Invalid']);
    const malformed = (() => {
      try {
        applyJsonPatch({}, [{ op: 'frobnicate', path: '/x' }]);
      } catch (e) {
        return e;
      }
    })() as ApiError;
    expect(malformed.code).toBe(400);
  });
});

describe('server-side apply field sets', () => {
  it('encodes keyed list items as k:{...} with a "." marker, like managedFields', () => {
    const tree = toFieldsV1(
      fieldsOf({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p', labels: { a: 'b' } },
        spec: { containers: [{ name: 'app', image: 'x' }] },
      }),
    );
    expect(tree).toEqual({
      'f:metadata': { 'f:labels': { 'f:a': {} } },
      'f:spec': { 'f:containers': { 'k:{"name":"app"}': { '.': {}, 'f:image': {}, 'f:name': {} } } },
    });
  });

  it('conflicts name the field and the other manager; force takes ownership; dropping a field removes it', () => {
    const a = serverSideApply(
      undefined,
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p', labels: { x: '1', y: '2' } },
        spec: { containers: [{ name: 'app', image: 'x:1' }] },
      },
      'a',
      false,
    );
    const err = (() => {
      try {
        serverSideApply(
          a,
          {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: 'p' },
            spec: { containers: [{ name: 'app', image: 'x:2' }] },
          },
          'b',
          false,
        );
      } catch (e) {
        return e;
      }
    })() as ApiError;
    expect(err.code).toBe(409);
    expect(err.message).toBe('Apply failed with 1 conflict: conflict with "a": .spec.containers[name="app"].image');
    const forced = serverSideApply(
      a,
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'app', image: 'x:2' }] } },
      'b',
      true,
    );
    expect(forced.spec.containers[0].image).toBe('x:2');
    const dropped = serverSideApply(
      forced,
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { x: '1' } } },
      'a',
      false,
    );
    expect(dropped.metadata.labels).toEqual({ x: '1' });
    expect(dropped.spec.containers).toEqual([{ name: 'app', image: 'x:2' }]);
    expect(describePath('f:spec\u0001f:ports\u0001k:{"port":80}\u0001f:name')).toBe('.spec.ports[port=80].name');
  });
});

describe('selectors', () => {
  it('parses set-based label selectors and rejects bad syntax with 400', () => {
    const sel = parseLabelSelector('app in (web,api),tier!=db,!legacy,env');
    expect(sel({ app: 'web', env: 'prod' })).toBe(true);
    expect(sel({ app: 'web', env: 'prod', legacy: 'yes' })).toBe(false);
    expect(sel({ app: 'db', env: 'prod' })).toBe(false);
    expect(() => parseLabelSelector('a in (b')).toThrow(ApiError);
    expect(
      parseFieldSelector(
        'metadata.name=x,status.phase!=Failed',
        'Pod',
      )({ metadata: { name: 'x' }, status: { phase: 'Running' } }),
    ).toBe(true);
    expect(() => parseFieldSelector('spec.bogus=1', 'Pod')).toThrow('is not a known field selector');
  });
});
