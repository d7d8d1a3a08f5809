import { describe, expect, it } from 'vitest';
import type { EndpointSlice, KubeProxyConfiguration, Service } from '../../../src/engine/model';
import { computeServiceViews } from '../../../src/engine/proxy/computeServiceViews';
import { endpointsForServicePort } from '../../../src/engine/proxy/endpointSliceCache';
import { ipvsDrainSteps } from '../../../src/engine/proxy/proxyTrace';
import type { ServicePortViews, ViewClass } from '../../../src/engine/report';
import { defaultGates, type KubeVersion } from '../../../src/engine/version';
import { kubeProxy, node, service, slice, sliceEndpoint } from './fixtures';

// The article's cluster: mnode (control plane, no zone), mnode-m02 in zone-a, mnode-m03 in zone-b.
const nodes = [node('mnode'), node('mnode-m02', 'zone-a'), node('mnode-m03', 'zone-b')];
type Hints = 'none' | 'zone' | 'node';
const echoA = (hints: Hints) =>
  sliceEndpoint('10.244.1.2', {
    node: 'mnode-m02',
    zone: 'zone-a',
    pod: 'echo-a',
    ...(hints !== 'none' ? { forZones: ['zone-a'] } : {}),
    ...(hints === 'node' ? { forNodes: ['mnode-m02'] } : {}),
  });
const echoB = (hints: Hints) =>
  sliceEndpoint('10.244.2.3', {
    node: 'mnode-m03',
    zone: 'zone-b',
    pod: 'echo-b',
    ...(hints !== 'none' ? { forZones: ['zone-b'] } : {}),
    ...(hints === 'node' ? { forNodes: ['mnode-m03'] } : {}),
  });

function views(
  opts: { svc?: Partial<Service>; endpoints?: EndpointSlice['endpoints']; proxy?: KubeProxyConfiguration; version?: KubeVersion } = {},
): ServicePortViews[] {
  const version = opts.version ?? '1.34';
  return computeServiceViews({
    services: [service('echo-svc', opts.svc)],
    slicesByService: new Map([['default/echo-svc', [slice('echo-svc', opts.endpoints ?? [echoA('none'), echoB('none')])]]]),
    nodes,
    version,
    gates: defaultGates(version),
    kubeProxy: opts.proxy ?? kubeProxy(),
  });
}
const classOf = (group: ServicePortViews, nodeName: string): ViewClass => group.classes.find((c) => c.nodes.includes(nodeName))!;
const shares = (cls: ViewClass) => Object.fromEntries(cls.endpoints.map((e) => [e.pod, e.weight]));
const messages = (cls: ViewClass) => cls.trace.map((t) => t.message).join('\n');

describe('computeServiceViews on the seed-demo cluster', () => {
  it('default: one class per zone, 50/50 from every node', () => {
    const [internal, ...rest] = views();
    expect(rest).toHaveLength(0);
    expect(internal!.classes.map((c) => c.nodes)).toEqual([['mnode'], ['mnode-m02'], ['mnode-m03']]);
    for (const cls of internal!.classes) {
      expect(cls.verdict).toBe('forward');
      expect(shares(cls)).toEqual({ 'default/echo-a': 0.5, 'default/echo-b': 0.5 });
    }
    expect(messages(classOf(internal!, 'mnode-m02'))).toContain(
      'iptables: 2 KUBE-SEP rules (sorted by IP:port), --probability 0.5000000000 then unconditional → 50% each',
    );
    expect(classOf(internal!, 'mnode').endpoints.map((e) => e.locality)).toEqual(['unknown-zone', 'unknown-zone']);
    expect(classOf(internal!, 'mnode-m02').endpoints.map((e) => e.locality)).toEqual(['same-zone', 'cross-zone']);
  });

  it('PreferSameNode: the node with a hinted endpoint keeps its own pod; the zone-less node falls through to all', () => {
    const [internal] = views({ endpoints: [echoA('node'), echoB('node')] });
    const m02 = classOf(internal!, 'mnode-m02');
    expect(shares(m02)).toEqual({ 'default/echo-a': 1 });
    expect(m02.endpoints[0]!.locality).toBe('same-node');
    expect(messages(m02)).toContain('all 2 Ready endpoints have node hints and one is for mnode-m02 → PreferSameNode');
    const mnode = classOf(internal!, 'mnode');
    expect(Object.keys(shares(mnode))).toHaveLength(2);
    expect(messages(mnode)).toContain('has no topology.kubernetes.io/zone label');
  });

  it('PreferSameNode hints are ignored by 1.33 kube-proxy with its gate off: zone hints still apply', () => {
    const [internal] = views({ endpoints: [echoA('node'), echoB('node')], version: '1.33' });
    const m02 = classOf(internal!, 'mnode-m02');
    expect(shares(m02)).toEqual({ 'default/echo-a': 1 });
    expect(messages(m02)).toContain('PreferSameZone');
    expect(messages(m02)).toContain('forNodes hints ignored');
  });

  it('PreferSameZone: zone-a goes to the zone-a pod', () => {
    const [internal] = views({ endpoints: [echoA('zone'), echoB('zone')] });
    expect(shares(classOf(internal!, 'mnode-m02'))).toEqual({ 'default/echo-a': 1 });
    expect(shares(classOf(internal!, 'mnode-m03'))).toEqual({ 'default/echo-b': 1 });
  });

  it('fallback: the only endpoint is in zone-b; zone-a still reaches it', () => {
    const [internal] = views({ endpoints: [echoB('zone')] });
    const m02 = classOf(internal!, 'mnode-m02');
    expect(m02.verdict).toBe('forward');
    expect(shares(m02)).toEqual({ 'default/echo-b': 1 });
    expect(messages(m02)).toContain('no Ready endpoint is hinted for zone zone-a');
  });

  it("internalTrafficPolicy Local without a local endpoint drops, with kube-proxy's comment", () => {
    const [internal] = views({ svc: { internalTrafficPolicy: 'Local' }, endpoints: [echoB('zone')] });
    const m02 = classOf(internal!, 'mnode-m02');
    expect(m02.verdict).toBe('drop');
    expect(m02.endpoints).toEqual([]);
    expect(messages(m02)).toContain('internalTrafficPolicy Local and no local endpoints → DROP ("default/echo-svc has no local endpoints"');
    expect(classOf(internal!, 'mnode-m03').verdict).toBe('forward');
  });

  it('internalTrafficPolicy Local: the data-plane step names the KUBE-SVL chain the rules are written in', () => {
    const [internal] = views({ svc: { internalTrafficPolicy: 'Local' }, endpoints: [echoA('none'), echoB('none')] });
    const steps = classOf(internal!, 'mnode-m03').trace.filter((t) => t.stage === 'data-plane');
    expect(steps.map((t) => t.rule)).toEqual(['KUBE-SVL']);
    expect(steps[0]!.message).toBe('iptables: 1 KUBE-SEP rule, unconditional → 100%');
    // The same share under Cluster policy is written in KUBE-SVC.
    const [cluster] = views({ endpoints: [echoB('none')] });
    expect(
      classOf(cluster!, 'mnode-m03')
        .trace.filter((t) => t.stage === 'data-plane')
        .map((t) => t.rule),
    ).toEqual(['KUBE-SVC']);
  });

  it('counts a not-ready endpoint without a serving condition as not ready: kube-proxy reads unset serving as true', () => {
    const unset: EndpointSlice['endpoints'][number] = { addresses: ['10.244.2.9'], conditions: { ready: false }, nodeName: 'mnode-m03' };
    const gone = sliceEndpoint('10.244.2.8', { node: 'mnode-m03', ready: false, serving: false, terminating: true });
    const [internal] = views({ endpoints: [echoA('none'), unset, gone] });
    const cls = classOf(internal!, 'mnode-m02');
    expect(messages(cls)).toContain(
      'EndpointSliceCache: 3 endpoints for default/echo-svc (1 Ready, 1 terminating and not serving, 1 not ready)',
    );
    expect(cls.endpoints.map((e) => e.pod)).toEqual(['default/echo-a']);
  });

  it('no endpoints at all rejects', () => {
    const [internal] = views({ endpoints: [] });
    for (const cls of internal!.classes) expect(cls.verdict).toBe('reject');
    expect(messages(internal!.classes[0]!)).toContain('"default/echo-svc has no endpoints"');
  });

  it('only serving-terminating endpoints: falls back to them', () => {
    const [internal] = views({
      endpoints: [sliceEndpoint('10.244.1.2', { node: 'mnode-m02', zone: 'zone-a', ready: false, serving: true, terminating: true })],
    });
    const cls = classOf(internal!, 'mnode-m03');
    expect(cls.verdict).toBe('forward');
    expect(messages(cls)).toContain('no Ready endpoints → falling back to serving-terminating endpoints');
  });

  it('every node is in exactly one class, listed in node input order', () => {
    for (const group of views({ endpoints: [echoA('node'), echoB('node')], svc: { type: 'NodePort', externalTrafficPolicy: 'Local' } })) {
      const all = group.classes.flatMap((c) => c.nodes);
      expect([...all].sort()).toEqual(['mnode', 'mnode-m02', 'mnode-m03']);
      for (const cls of group.classes) {
        const order = cls.nodes.map((n) => nodes.findIndex((x) => x.metadata.name === n));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  it('external views exist only for externally accessible Services; eTP Local drops where no local endpoint is', () => {
    const groups = views({
      svc: { type: 'NodePort', externalTrafficPolicy: 'Local', ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }] },
    });
    expect(groups.map((g) => g.traffic)).toEqual(['internal', 'external']);
    const external = groups[1]!;
    expect(shares(classOf(external, 'mnode-m02'))).toEqual({ 'default/echo-a': 1 });
    expect(classOf(external, 'mnode').verdict).toBe('drop');
    // Internal traffic still uses the cluster set.
    expect(shares(classOf(groups[0]!, 'mnode'))).toEqual({ 'default/echo-a': 0.5, 'default/echo-b': 0.5 });
  });

  it('skips headless and ExternalName Services', () => {
    expect(views({ svc: { clusterIP: 'None' } })).toEqual([]);
    expect(views({ svc: { type: 'ExternalName' } })).toEqual([]);
  });

  it('sessionAffinity ClientIP explains the stickiness', () => {
    const [internal] = views({ svc: { sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 600 } });
    expect(messages(internal!.classes[0]!)).toContain('-m recent --name KUBE-SEP-… --rcheck --seconds 600 --reap');
  });
});

describe('data planes in computeServiceViews', () => {
  it('nftables: numgen vmap, uniform', () => {
    const [internal] = views({ proxy: kubeProxy('nftables') });
    expect(messages(internal!.classes[0]!)).toContain('numgen random mod 2 vmap');
    expect(shares(internal!.classes[0]!)).toEqual({ 'default/echo-a': 0.5, 'default/echo-b': 0.5 });
  });

  it('IPVS, iTP Local, ClusterIP only, no local endpoint: the virtual server has no real servers → reject', () => {
    const [internal] = views({ proxy: kubeProxy('ipvs'), svc: { internalTrafficPolicy: 'Local' }, endpoints: [echoB('none')] });
    const m02 = classOf(internal!, 'mnode-m02');
    expect(m02.verdict).toBe('reject');
    expect(messages(m02)).toContain('no real servers');
  });

  it('IPVS, iTP Local on a NodePort Service without a local endpoint: programs the cluster endpoints (PR #97081)', () => {
    const [internal] = views({
      proxy: kubeProxy('ipvs'),
      svc: { type: 'NodePort', internalTrafficPolicy: 'Local', externalTrafficPolicy: 'Cluster' },
      endpoints: [echoB('none')],
    });
    const m02 = classOf(internal!, 'mnode-m02');
    expect(m02.verdict).toBe('forward');
    expect(shares(m02)).toEqual({ 'default/echo-b': 1 });
    expect(messages(m02)).toContain('PR #97081');
    // The trace also says how the cluster set it falls back to was built.
    expect(messages(m02)).toContain('cluster endpoints for nodes in zone-a: 1 Ready');
  });

  it('IPVS dh: every client of the VIP goes to one real server', () => {
    const [internal] = views({ proxy: kubeProxy('ipvs', 'dh') });
    const weights = internal!.classes[0]!.endpoints.map((e) => e.weight).sort();
    expect(weights).toEqual([0, 1]);
  });

  it('IPVS rr / sh keep even long-run shares', () => {
    for (const s of ['rr', 'wrr', 'lc', 'wlc', 'sed', 'nq', 'sh', 'mh'] as const) {
      const [internal] = views({ proxy: kubeProxy('ipvs', s) });
      expect(shares(internal!.classes[0]!)).toEqual({ 'default/echo-a': 0.5, 'default/echo-b': 0.5 });
    }
  });

  it('IPVS: a terminating endpoint left out drains at weight 0 (TCP); UDP real servers go at once; iptables says nothing of it', () => {
    const leaving = sliceEndpoint('10.244.2.3', {
      node: 'mnode-m03',
      zone: 'zone-b',
      pod: 'echo-b',
      ready: false,
      serving: true,
      terminating: true,
    });
    const [tcp] = views({ proxy: kubeProxy('ipvs'), endpoints: [echoA('none'), leaving] });
    const cls = classOf(tcp!, 'mnode-m02');
    expect(shares(cls)).toEqual({ 'default/echo-a': 1 });
    const drain = cls.trace.find((t) => t.rule === 'GracefulDeleteRS')!;
    expect(drain.message).toBe(
      'IPVS graceful termination: 10.244.2.3 (default/echo-b) is terminating and no longer programmed, so kube-proxy sets its real server to weight 0 (no new connections) and deletes it once ActiveConn and InActConn are both 0, checking every minute',
    );
    const eps = endpointsForServicePort(
      [slice('echo-svc', [echoA('none'), leaving])],
      { protocol: 'TCP', port: 80, targetPort: 8080 },
      defaultGates('1.34'),
    ).endpoints;
    expect(ipvsDrainSteps('UDP', eps)[0]!.message).toBe(
      'IPVS graceful termination does not apply to UDP: the real server of 10.244.2.3 (default/echo-b) is deleted at once (existing flows are dropped on their next packet, expire_nodest_conn)',
    );
    const [iptables] = views({ endpoints: [echoA('none'), leaving] });
    expect(iptables!.classes[0]!.trace.some((t) => t.rule === 'GracefulDeleteRS')).toBe(false);
    // Nothing Ready: the serving-terminating endpoint is the fallback set, programmed, not draining.
    const [fallback] = views({ proxy: kubeProxy('ipvs'), endpoints: [leaving] });
    expect(fallback!.classes[0]!.trace.some((t) => t.rule === 'GracefulDeleteRS')).toBe(false);
  });

  it('kernelspace ignores topology hints', () => {
    const [internal] = views({ proxy: kubeProxy('kernelspace'), endpoints: [echoA('node'), echoB('node')] });
    const m02 = classOf(internal!, 'mnode-m02');
    expect(shares(m02)).toEqual({ 'default/echo-a': 0.5, 'default/echo-b': 0.5 });
    expect(messages(m02)).toContain('does not call CategorizeEndpoints');
  });

  it('kernelspace sessionAffinity ClientIP: HNS source-IP distribution, without the Service timeout', () => {
    const [internal] = views({
      proxy: kubeProxy('kernelspace'),
      svc: { sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 600 },
    });
    const step = internal!.classes[0]!.trace.find((t) => t.rule === 'sessionAffinity ClientIP')!;
    expect(step.message).toContain('LoadBalancerDistributionSourceIP');
    expect(step.message).toContain('which has no timeout');
    expect(step.message).not.toContain('for 600s');
  });
});
