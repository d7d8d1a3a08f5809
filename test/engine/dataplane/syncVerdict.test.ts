import { describe, expect, it } from 'vitest';
import { syncVerdict, verdictSteps, type LinuxProxyMode } from '../../../src/engine/dataplane/syncVerdict';
import type { CategorizedEndpoints } from '../../../src/engine/proxy/categorizeEndpoints';
import type { ProxyEndpoint } from '../../../src/engine/proxy/proxyEndpoint';
import { categorizeFacts } from '../../../src/engine/proxy/proxyTrace';
import type { ServicePortInfo } from '../../../src/engine/proxy/serviceport';
import type { TrafficKind } from '../../../src/engine/report';
import { proxyEndpoint as ep, service } from '../proxy/fixtures';

function info(opts: { internalLocal?: boolean; externalLocal?: boolean } = {}): ServicePortInfo {
  const svc = service('svc');
  return {
    service: svc,
    port: svc.ports[0]!,
    name: 'default/svc:http',
    externallyAccessible: true,
    internalPolicyLocal: opts.internalLocal ?? false,
    externalPolicyLocal: opts.externalLocal ?? false,
    hintsAnnotation: '',
  };
}

function sets(
  cluster: ProxyEndpoint[] | null,
  local: ProxyEndpoint[] | null,
  hasAnyEndpoints = (cluster?.length ?? 0) + (local?.length ?? 0) > 0,
): CategorizedEndpoints {
  return {
    clusterEndpoints: cluster,
    localEndpoints: local,
    allReachableEndpoints: [],
    hasAnyEndpoints,
    topologyMode: '',
    clusterServingTerminating: false,
    localServingTerminating: false,
  };
}

const a = ep('10.0.0.1:80');
const b = ep('10.0.0.2:80');

const rows: {
  name: string;
  mode: LinuxProxyMode;
  kind: TrafficKind;
  info: ServicePortInfo;
  c: CategorizedEndpoints;
  verdict: string;
  endpoints: ProxyEndpoint[];
  localFallback?: true;
  says: string;
}[] = [
  {
    name: 'iptables Cluster forwards to the cluster set',
    mode: 'iptables',
    kind: 'internal',
    info: info(),
    c: sets([a, b], null),
    verdict: 'forward',
    endpoints: [a, b],
    says: 'internalTrafficPolicy Cluster → the 2 cluster endpoints in the KUBE-SVC chain',
  },
  {
    name: 'iptables Local forwards to the local set',
    mode: 'iptables',
    kind: 'internal',
    info: info({ internalLocal: true }),
    c: sets(null, [a]),
    verdict: 'forward',
    endpoints: [a],
    says: 'the 1 local endpoint in the KUBE-SVL chain',
  },
  {
    name: 'iptables external traffic names the KUBE-EXT entry',
    mode: 'iptables',
    kind: 'external',
    info: info(),
    c: sets([a], null),
    verdict: 'forward',
    endpoints: [a],
    says: 'KUBE-EXT entry',
  },
  {
    name: 'nftables names its chains',
    mode: 'nftables',
    kind: 'internal',
    info: info(),
    c: sets([a], null),
    verdict: 'forward',
    endpoints: [a],
    says: 'in the service- chain',
  },
  {
    name: 'no usable endpoint anywhere rejects',
    mode: 'iptables',
    kind: 'internal',
    info: info(),
    c: sets([], null, false),
    verdict: 'reject',
    endpoints: [],
    says: '-j REJECT',
  },
  {
    name: 'Local without local endpoints drops',
    mode: 'nftables',
    kind: 'internal',
    info: info({ internalLocal: true }),
    c: sets(null, [], true),
    verdict: 'drop',
    endpoints: [],
    says: 'nftables verdict drop',
  },
  {
    name: 'IPVS programs the local set',
    mode: 'ipvs',
    kind: 'internal',
    info: info({ internalLocal: true }),
    c: sets([a, b], [b]),
    verdict: 'forward',
    endpoints: [b],
    says: 'the 1 local endpoint as IPVS real servers',
  },
  {
    name: 'IPVS falls back to the cluster set for internal Local traffic',
    mode: 'ipvs',
    kind: 'internal',
    info: info({ internalLocal: true }),
    c: sets([a, b], []),
    verdict: 'forward',
    endpoints: [a, b],
    localFallback: true,
    says: 'IPVS programs the 2 cluster endpoints instead',
  },
  {
    name: 'IPVS with a ClusterIP-only Local Service and no local endpoint rejects',
    mode: 'ipvs',
    kind: 'internal',
    info: info({ internalLocal: true }),
    c: sets(null, [], true),
    verdict: 'reject',
    endpoints: [],
    says: 'a ClusterIP-only Service has no cluster set',
  },
  {
    name: 'IPVS with no endpoint rejects',
    mode: 'ipvs',
    kind: 'internal',
    info: info(),
    c: sets([], null, false),
    verdict: 'reject',
    endpoints: [],
    says: 'no usable endpoints anywhere → the IPVS virtual server',
  },
  {
    name: 'IPVS external Local without local endpoints is effectively dropped',
    mode: 'ipvs',
    kind: 'external',
    info: info({ externalLocal: true }),
    c: sets([a], [], true),
    verdict: 'drop',
    endpoints: [],
    says: 'effectively DROP',
  },
  {
    name: 'IPVS external Local with no endpoint anywhere rejects',
    mode: 'ipvs',
    kind: 'external',
    info: info({ externalLocal: true }),
    c: sets([], [], false),
    verdict: 'reject',
    endpoints: [],
    says: 'no usable endpoints anywhere',
  },
];

describe('syncVerdict', () => {
  for (const row of rows) {
    it(row.name, () => {
      const programmed = syncVerdict(row.mode, row.kind, row.info, row.c);
      expect(programmed).toEqual(
        row.localFallback
          ? { verdict: row.verdict, endpoints: row.endpoints, localFallback: true }
          : { verdict: row.verdict, endpoints: row.endpoints },
      );
      // The explanation, written from the sets' sizes alone.
      const steps = verdictSteps(row.mode, row.kind, row.info, categorizeFacts(row.c));
      expect(steps.map((s) => s.message).join(' ')).toContain(row.says);
      expect(steps.every((s) => s.stage === 'kube-proxy' && s.rule === (row.mode === 'ipvs' ? 'syncEndpoint' : 'syncProxyRules'))).toBe(
        true,
      );
    });
  }

  it('hands out the categorized set itself', () => {
    const c = sets([a, b], null);
    expect(syncVerdict('iptables', 'internal', info(), c).endpoints).toBe(c.clusterEndpoints);
  });
});
