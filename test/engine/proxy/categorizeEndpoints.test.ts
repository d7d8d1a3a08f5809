/**
 * Port of upstream pkg/proxy/topology_test.go TestCategorizeEndpoints (1.33+, including the
 * PreferSameNode cases), plus the 1.30–1.32 canUseTopology variant.
 */
import { describe, expect, it } from 'vitest';
import { categorizeEndpoints } from '../../../src/engine/proxy/categorizeEndpoints';
import type { ProxyEndpoint } from '../../../src/engine/proxy/proxyEndpoint';
import { decideTopology, summarizeHints } from '../../../src/engine/proxy/topologyHints';
import type { ServicePortInfo } from '../../../src/engine/proxy/serviceport';
import { defaultGates, type KubeVersion, minorOf } from '../../../src/engine/version';
import { LOCAL_NODE, proxyEndpoint as ep, service } from './fixtures';

function svcInfo(
  opts: { internalPolicyLocal?: boolean; externalPolicyLocal?: boolean; nodePort?: number; hintsAnnotation?: string } = {},
): ServicePortInfo {
  const svc = service('svc');
  return {
    service: svc,
    port: svc.ports[0]!,
    name: 'default/svc',
    externallyAccessible: (opts.nodePort ?? 0) !== 0,
    internalPolicyLocal: opts.internalPolicyLocal ?? false,
    externalPolicyLocal: opts.externalPolicyLocal ?? false,
    hintsAnnotation: opts.hintsAnnotation ?? '',
  };
}

interface Case {
  name: string;
  pteEnabled?: boolean;
  nodeName?: string;
  zone?: string;
  info: ServicePortInfo;
  endpoints: ProxyEndpoint[];
  cluster: string[] | null;
  local: string[] | null;
  all?: string[];
  onlyRemoteEndpoints?: boolean;
}

const abcA = (ready6 = true, ready3 = true) => [
  ep('10.1.2.3:80', { zoneHints: ['zone-a'], ready: ready3 }),
  ep('10.1.2.4:80', { zoneHints: ['zone-b'], ready: true }),
  ep('10.1.2.5:80', { zoneHints: ['zone-c'], ready: true }),
  ep('10.1.2.6:80', { zoneHints: ['zone-a'], ready: ready6 }),
];
const withNodeHints = (second: 'hinted' | 'unhinted' = 'hinted') => [
  ep('10.1.2.3:80', { zoneHints: ['zone-a'], nodeHints: ['node-1'], ready: true }),
  second === 'hinted'
    ? ep('10.1.2.4:80', { zoneHints: ['zone-b'], nodeHints: ['node-2'], ready: true })
    : ep('10.1.2.4:80', { ready: true }),
  ep('10.1.2.5:80', { zoneHints: ['zone-c'], nodeHints: ['node-3'], ready: true }),
  ep('10.1.2.6:80', { zoneHints: ['zone-a'], nodeHints: ['node-4'], ready: true }),
];
const twoEndpoints = (first: Parameters<typeof ep>[1], second: Parameters<typeof ep>[1]) => [
  ep('10.0.0.0:80', first),
  ep('10.0.0.1:80', second),
];

const cases: Case[] = [
  {
    name: "should use topology since all endpoints have hints, node has a zone label and and there are endpoints for the node's zone",
    zone: 'zone-a',
    info: svcInfo(),
    endpoints: abcA(),
    cluster: ['10.1.2.3:80', '10.1.2.6:80'],
    local: null,
  },
  {
    name: 'externalTrafficPolicy: Local, topology ignored for Local endpoints',
    zone: 'zone-a',
    info: svcInfo({ externalPolicyLocal: true, nodePort: 8080 }),
    endpoints: [
      ep('10.1.2.3:80', { zoneHints: ['zone-a'], ready: true, local: true }),
      ep('10.1.2.4:80', { zoneHints: ['zone-b'], ready: true, local: true }),
      ep('10.1.2.5:80', { zoneHints: ['zone-c'], ready: true }),
      ep('10.1.2.6:80', { zoneHints: ['zone-a'], ready: true }),
    ],
    cluster: ['10.1.2.3:80', '10.1.2.6:80'],
    local: ['10.1.2.3:80', '10.1.2.4:80'],
    all: ['10.1.2.3:80', '10.1.2.4:80', '10.1.2.6:80'],
  },
  {
    name: 'internalTrafficPolicy: Local, topology ignored for Local endpoints',
    zone: 'zone-a',
    info: svcInfo({ internalPolicyLocal: true, nodePort: 8080 }),
    endpoints: [
      ep('10.1.2.3:80', { zoneHints: ['zone-a'], ready: true, local: true }),
      ep('10.1.2.4:80', { zoneHints: ['zone-b'], ready: true, local: true }),
      ep('10.1.2.5:80', { zoneHints: ['zone-c'], ready: true }),
      ep('10.1.2.6:80', { zoneHints: ['zone-a'], ready: true }),
    ],
    cluster: ['10.1.2.3:80', '10.1.2.6:80'],
    local: ['10.1.2.3:80', '10.1.2.4:80'],
    all: ['10.1.2.3:80', '10.1.2.4:80', '10.1.2.6:80'],
  },
  {
    name: 'empty node labels',
    info: svcInfo(),
    endpoints: [ep('10.1.2.3:80', { zoneHints: ['zone-a'], ready: true })],
    cluster: ['10.1.2.3:80'],
    local: null,
  },
  {
    name: 'empty zone label',
    zone: '',
    info: svcInfo(),
    endpoints: [ep('10.1.2.3:80', { zoneHints: ['zone-a'], ready: true })],
    cluster: ['10.1.2.3:80'],
    local: null,
  },
  {
    name: 'node in different zone, no endpoint filtering',
    zone: 'zone-b',
    info: svcInfo(),
    endpoints: [ep('10.1.2.3:80', { zoneHints: ['zone-a'], ready: true })],
    cluster: ['10.1.2.3:80'],
    local: null,
  },
  { name: 'unready endpoint', zone: 'zone-a', info: svcInfo(), endpoints: abcA(false), cluster: ['10.1.2.3:80'], local: null },
  {
    name: 'only unready endpoints in same zone (should not filter)',
    zone: 'zone-a',
    info: svcInfo(),
    endpoints: abcA(false, false),
    cluster: ['10.1.2.4:80', '10.1.2.5:80'],
    local: null,
  },
  {
    name: 'missing hints, no filtering applied',
    zone: 'zone-a',
    info: svcInfo(),
    endpoints: [
      ep('10.1.2.3:80', { zoneHints: ['zone-a'], ready: true }),
      ep('10.1.2.4:80', { zoneHints: ['zone-b'], ready: true }),
      ep('10.1.2.5:80', { ready: true }),
      ep('10.1.2.6:80', { zoneHints: ['zone-a'], ready: true }),
    ],
    cluster: ['10.1.2.3:80', '10.1.2.4:80', '10.1.2.5:80', '10.1.2.6:80'],
    local: null,
  },
  {
    name: 'multiple hints per endpoint, filtering includes any endpoint with zone included',
    zone: 'zone-c',
    info: svcInfo(),
    endpoints: [
      ep('10.1.2.3:80', { zoneHints: ['zone-a', 'zone-b', 'zone-c'], ready: true }),
      ep('10.1.2.4:80', { zoneHints: ['zone-b', 'zone-c'], ready: true }),
      ep('10.1.2.5:80', { zoneHints: ['zone-b', 'zone-d'], ready: true }),
      ep('10.1.2.6:80', { zoneHints: ['zone-c'], ready: true }),
    ],
    cluster: ['10.1.2.3:80', '10.1.2.4:80', '10.1.2.6:80'],
    local: null,
  },
  {
    name: 'PreferSameNode falls back to same-zone when feature gate disabled',
    pteEnabled: false,
    nodeName: 'node-1',
    zone: 'zone-a',
    info: svcInfo(),
    endpoints: withNodeHints(),
    cluster: ['10.1.2.3:80', '10.1.2.6:80'],
    local: null,
  },
  {
    name: 'PreferSameNode available',
    pteEnabled: true,
    nodeName: 'node-1',
    zone: 'zone-a',
    info: svcInfo(),
    endpoints: withNodeHints(),
    cluster: ['10.1.2.3:80'],
    local: null,
  },
  {
    name: 'PreferSameNode ignored if some endpoints unhinted',
    pteEnabled: true,
    nodeName: 'node-1',
    zone: 'zone-a',
    info: svcInfo(),
    endpoints: withNodeHints('unhinted'),
    cluster: ['10.1.2.3:80', '10.1.2.4:80', '10.1.2.5:80', '10.1.2.6:80'],
    local: null,
  },
  {
    name: 'PreferSameNode falls back to PreferSameZone if no endpoint for node',
    pteEnabled: true,
    nodeName: 'node-0',
    zone: 'zone-a',
    info: svcInfo(),
    endpoints: withNodeHints(),
    cluster: ['10.1.2.3:80', '10.1.2.6:80'],
    local: null,
  },
  {
    name: 'conflicting topology and localness require merging allEndpoints',
    zone: 'zone-a',
    info: svcInfo({ externalPolicyLocal: true, nodePort: 8080 }),
    endpoints: [
      ep('10.0.0.0:80', { zoneHints: ['zone-a'], ready: true, local: true }),
      ep('10.0.0.1:80', { zoneHints: ['zone-b'], ready: true, local: true }),
      ep('10.0.0.2:80', { zoneHints: ['zone-a'], ready: true }),
      ep('10.0.0.3:80', { zoneHints: ['zone-b'], ready: true }),
    ],
    cluster: ['10.0.0.0:80', '10.0.0.2:80'],
    local: ['10.0.0.0:80', '10.0.0.1:80'],
    all: ['10.0.0.0:80', '10.0.0.1:80', '10.0.0.2:80'],
  },
  {
    name: 'internalTrafficPolicy: Local, with empty endpoints',
    info: svcInfo({ internalPolicyLocal: true }),
    endpoints: [],
    cluster: null,
    local: [],
  },
  {
    name: 'internalTrafficPolicy: Local, but all endpoints are remote',
    info: svcInfo({ internalPolicyLocal: true }),
    endpoints: twoEndpoints({ ready: true }, { ready: true }),
    cluster: null,
    local: [],
    onlyRemoteEndpoints: true,
  },
  {
    name: 'internalTrafficPolicy: Local, all endpoints are local',
    info: svcInfo({ internalPolicyLocal: true }),
    endpoints: twoEndpoints({ ready: true, local: true }, { ready: true, local: true }),
    cluster: null,
    local: ['10.0.0.0:80', '10.0.0.1:80'],
  },
  {
    name: 'internalTrafficPolicy: Local, some endpoints are local',
    info: svcInfo({ internalPolicyLocal: true }),
    endpoints: twoEndpoints({ ready: true, local: true }, { ready: true }),
    cluster: null,
    local: ['10.0.0.0:80'],
  },
  {
    name: 'Cluster traffic policy, endpoints not Ready',
    info: svcInfo(),
    endpoints: twoEndpoints({ ready: false }, { ready: false }),
    cluster: [],
    local: null,
  },
  {
    name: 'Cluster traffic policy, some endpoints are Ready',
    info: svcInfo(),
    endpoints: twoEndpoints({ ready: false }, { ready: true }),
    cluster: ['10.0.0.1:80'],
    local: null,
  },
  {
    name: 'Cluster traffic policy, all endpoints are terminating',
    pteEnabled: true,
    info: svcInfo(),
    endpoints: twoEndpoints(
      { ready: false, serving: true, terminating: true, local: true },
      { ready: false, serving: true, terminating: true },
    ),
    cluster: ['10.0.0.0:80', '10.0.0.1:80'],
    local: null,
  },
  {
    name: 'iTP: Local, eTP: Cluster, some endpoints local',
    info: svcInfo({ internalPolicyLocal: true, nodePort: 8080 }),
    endpoints: twoEndpoints({ ready: true, local: true }, { ready: true }),
    cluster: ['10.0.0.0:80', '10.0.0.1:80'],
    local: ['10.0.0.0:80'],
    all: ['10.0.0.0:80', '10.0.0.1:80'],
  },
  {
    name: 'iTP: Cluster, eTP: Local, some endpoints local',
    info: svcInfo({ externalPolicyLocal: true, nodePort: 8080 }),
    endpoints: twoEndpoints({ ready: true, local: true }, { ready: true }),
    cluster: ['10.0.0.0:80', '10.0.0.1:80'],
    local: ['10.0.0.0:80'],
    all: ['10.0.0.0:80', '10.0.0.1:80'],
  },
  {
    name: 'iTP: Local, eTP: Local, some endpoints local',
    info: svcInfo({ internalPolicyLocal: true, externalPolicyLocal: true, nodePort: 8080 }),
    endpoints: twoEndpoints({ ready: true, local: true }, { ready: true }),
    cluster: ['10.0.0.0:80', '10.0.0.1:80'],
    local: ['10.0.0.0:80'],
    all: ['10.0.0.0:80', '10.0.0.1:80'],
  },
  {
    name: 'iTP: Local, eTP: Local, all endpoints remote',
    info: svcInfo({ internalPolicyLocal: true, externalPolicyLocal: true, nodePort: 8080 }),
    endpoints: twoEndpoints({ ready: true }, { ready: true }),
    cluster: ['10.0.0.0:80', '10.0.0.1:80'],
    local: [],
    all: ['10.0.0.0:80', '10.0.0.1:80'],
  },
  {
    name: 'iTP: Local, eTP: Local, all endpoints remote and terminating',
    pteEnabled: true,
    info: svcInfo({ internalPolicyLocal: true, externalPolicyLocal: true, nodePort: 8080 }),
    endpoints: twoEndpoints({ ready: false, serving: true, terminating: true }, { ready: false, serving: true, terminating: true }),
    cluster: ['10.0.0.0:80', '10.0.0.1:80'],
    local: [],
    all: ['10.0.0.0:80', '10.0.0.1:80'],
    onlyRemoteEndpoints: true,
  },
  {
    name: 'iTP: Cluster, eTP: Local, with terminating endpoints',
    pteEnabled: true,
    info: svcInfo({ externalPolicyLocal: true, nodePort: 8080 }),
    endpoints: [
      ep('10.0.0.0:80', { ready: true }),
      ep('10.0.0.1:80', { ready: false, serving: false, local: true }),
      ep('10.0.0.2:80', { ready: false, serving: true, terminating: true, local: true }),
      ep('10.0.0.3:80', { ready: false, serving: true, terminating: true }),
    ],
    cluster: ['10.0.0.0:80'],
    local: ['10.0.0.2:80'],
    all: ['10.0.0.0:80', '10.0.0.2:80'],
  },
  {
    name: 'externalTrafficPolicy ignored if not externally accessible',
    info: svcInfo({ externalPolicyLocal: true }),
    endpoints: twoEndpoints({ ready: true }, { ready: true, local: true }),
    cluster: ['10.0.0.0:80', '10.0.0.1:80'],
    local: null,
    all: ['10.0.0.0:80', '10.0.0.1:80'],
  },
  {
    name: 'no cluster endpoints for iTP:Local internal-only service',
    info: svcInfo({ internalPolicyLocal: true }),
    endpoints: twoEndpoints({ ready: true }, { ready: true, local: true }),
    cluster: null,
    local: ['10.0.0.1:80'],
    all: ['10.0.0.1:80'],
  },
];

const keys = (eps: ProxyEndpoint[] | null) => (eps === null ? null : eps.map((e) => e.key).sort());

function check(tc: Case, version: KubeVersion, gates = defaultGates(version)) {
  const c = categorizeEndpoints(tc.endpoints, tc.info, tc.nodeName ?? LOCAL_NODE, tc.zone, {
    minor: minorOf(version),
    gates,
    hintsAnnotation: tc.info.hintsAnnotation,
  });
  // null means "the service never uses this kind of endpoints"; [] means "uses them, has none".
  expect(keys(c.clusterEndpoints)).toEqual(tc.cluster && [...tc.cluster].sort());
  expect(keys(c.localEndpoints)).toEqual(tc.local && [...tc.local].sort());
  const expectedAll = tc.local === null ? tc.cluster! : tc.cluster === null ? tc.local : tc.all!;
  expect(keys(c.allReachableEndpoints)).toEqual([...expectedAll].sort());
  expect(c.hasAnyEndpoints).toBe(expectedAll.length > 0 || tc.onlyRemoteEndpoints === true);
  // decideTopology explains the very mode the cluster set was filtered with.
  if (c.clusterEndpoints?.length) {
    const decision = decideTopology(summarizeHints(tc.endpoints), tc.nodeName ?? LOCAL_NODE, tc.zone, {
      minor: minorOf(version),
      gates,
      hintsAnnotation: tc.info.hintsAnnotation,
    });
    expect(decision.mode).toBe(c.topologyMode);
    expect(decision.reasons.length).toBeGreaterThan(0);
  }
}

describe('TestCategorizeEndpoints (1.33+ topologyModeFromHints)', () => {
  for (const tc of cases) {
    it(tc.name, () => {
      const gates = { ...defaultGates('1.34'), PreferSameTrafficDistribution: tc.pteEnabled ?? false };
      check(tc, '1.34', gates);
    });
  }
});

describe('1.30–1.32 canUseTopology variant', () => {
  const zoned = abcA();
  const filtered = ['10.1.2.3:80', '10.1.2.6:80'];
  const everything = zoned.map((e) => e.key);
  const table: {
    name: string;
    version: KubeVersion;
    annotation?: string;
    zone?: string;
    endpoints?: ProxyEndpoint[];
    cluster: string[];
  }[] = [
    {
      name: '1.30 (ServiceTrafficDistribution off): topology-mode Auto annotation enables filtering',
      version: '1.30',
      annotation: 'Auto',
      zone: 'zone-a',
      cluster: filtered,
    },
    { name: '1.30: annotation "auto" enables filtering', version: '1.30', annotation: 'auto', zone: 'zone-a', cluster: filtered },
    { name: '1.30: annotation "disabled" → hints ignored', version: '1.30', annotation: 'disabled', zone: 'zone-a', cluster: everything },
    { name: '1.30: no annotation → hints ignored', version: '1.30', zone: 'zone-a', cluster: everything },
    { name: '1.31 (ServiceTrafficDistribution on): hints used without annotation', version: '1.31', zone: 'zone-a', cluster: filtered },
    { name: '1.32: node without zone label never uses topology', version: '1.32', zone: undefined, cluster: everything },
    { name: '1.32: node in a zone without hints → all endpoints', version: '1.32', zone: 'zone-z', cluster: everything },
    {
      name: '1.32: a dummy "" zone hint still counts as a hint, so zoned nodes keep filtering',
      version: '1.32',
      zone: 'zone-a',
      endpoints: [ep('10.1.2.3:80', { zoneHints: ['zone-a'], ready: true }), ep('10.1.2.4:80', { zoneHints: [''], ready: true })],
      cluster: ['10.1.2.3:80'],
    },
    {
      name: '1.32: one Ready endpoint without a hint turns topology off',
      version: '1.32',
      zone: 'zone-a',
      endpoints: [ep('10.1.2.3:80', { zoneHints: ['zone-a'], ready: true }), ep('10.1.2.4:80', { ready: true })],
      cluster: ['10.1.2.3:80', '10.1.2.4:80'],
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const info = svcInfo({ hintsAnnotation: row.annotation ?? '' });
      const c = categorizeEndpoints(row.endpoints ?? zoned, info, LOCAL_NODE, row.zone, {
        minor: minorOf(row.version),
        gates: defaultGates(row.version),
        hintsAnnotation: info.hintsAnnotation,
      });
      expect(keys(c.clusterEndpoints)).toEqual([...row.cluster].sort());
    });
  }

  it('the same cluster-wide missing zone hint disables 1.33+ topology where 1.32 with a dummy hint kept it', () => {
    const eps = [ep('10.1.2.3:80', { zoneHints: ['zone-a'], ready: true }), ep('10.1.2.4:80', { ready: true })];
    const ctx = { minor: 34, gates: defaultGates('1.34'), hintsAnnotation: '' };
    const c = categorizeEndpoints(eps, svcInfo(), LOCAL_NODE, 'zone-a', ctx);
    expect(c.topologyMode).toBe('');
    expect(decideTopology(summarizeHints(eps), LOCAL_NODE, 'zone-a', ctx).reasons.join(' ')).toContain(
      '10.1.2.4 has no zone hint, so zone topology is off for every node',
    );
  });
});
