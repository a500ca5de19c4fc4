import { apiVersionOf, GROUPS, RESOURCES, type ResourceType } from './resources.js';

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function entries(r: ResourceType): object[] {
  const main = {
    name: r.plural,
    singularName: r.singular,
    namespaced: r.namespaced,
    kind: r.kind,
    verbs: r.plural === 'events' || r.plural === 'nodes' ? VERBS : VERBS,
    ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
    ...(r.categories ? { categories: r.categories } : {}),
  };
  const subs = r.subresources.map((s) =>
    s === 'log'
      ? { name: `${r.plural}/log`, singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] }
      : s === 'scale'
        ? {
            name: `${r.plural}/scale`,
            singularName: '',
            namespaced: r.namespaced,
            group: 'autoscaling',
            version: 'v1',
            kind: 'Scale',
            verbs: ['get', 'patch', 'update'],
          }
        : {
            name: `${r.plural}/status`,
            singularName: '',
            namespaced: r.namespaced,
            kind: r.kind,
            verbs: ['get', 'patch', 'update'],
          },
  );
  return [main, ...subs];
}

/** GET /api/v1 or /apis/<group>/<version>: the APIResourceList kubectl maps kinds and short names with. */
export function resourceList(group: string, version: string): object | undefined {
  const rs = RESOURCES.filter((r) => r.group === group && r.version === version);
  if (!rs.length) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: apiVersionOf(rs[0]),
    resources: rs.flatMap(entries),
  };
}

/** GET /api. */
export function coreVersions(serverAddress: string): object {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function group(name: string, version: string): object {
  const gv = { groupVersion: `${name}/${version}`, version };
  return { name, versions: [gv], preferredVersion: gv };
}

/** GET /apis. */
export function groupList(): object {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: GROUPS.map((g) => group(g.name, g.version)) };
}

/** GET /apis/<group>. */
export function groupInfo(name: string): object | undefined {
  const g = GROUPS.find((x) => x.name === name);
  return g ? { kind: 'APIGroup', apiVersion: 'v1', ...group(g.name, g.version) } : undefined;
}

/** GET /version: the simulator reports itself in gitVersion so nobody mistakes it for a real cluster. */
export function versionInfo(): object {
  return {
    major: '1',
    minor: '32',
    gitVersion: 'v1.32.0+deploy-kit-simulator',
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2026-01-01T00:00:00Z',
    goVersion: 'go1.23',
    compiler: 'gc',
    platform: `${process.platform}/${process.arch}`,
  };
}
