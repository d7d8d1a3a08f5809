import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFiles, analyzeObjects } from '../../src/engine/analyze';
import { expandViews, viewsOfNode } from '../../src/engine/expandViews';
import { viewLookupFor } from '../../src/engine/proxy/viewLookup';
import type { RoutingReport } from '../../src/engine/report';
import { fromWire, toWire, type WireReport } from '../../src/engine/reportWire';
import type { SourceFile } from '../../src/engine/parse/manifestDocument';
import { SCENARIOS } from '../../src/scenarios/examples';
import { SIZES, syntheticCluster } from '../bench/syntheticCluster';
import { TourDriver } from '../scenarios/tourDriver';

/** The report as the page has it after the hand-off: posted (structured clone) and revived. */
function handedOff(report: RoutingReport): RoutingReport {
  return fromWire(structuredClone(toWire(report)));
}

/** 50 nodes in 3 zones and one without a zone label; Services of every flavour (Local policies, PreferSameNode, NodePort Local). */
function report(): RoutingReport {
  const objects = syntheticCluster(SIZES[0]!);
  objects.splice(0, 0, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'no-zone', labels: { 'kubernetes.io/hostname': 'no-zone' } } });
  return analyzeObjects(objects);
}

/** How many names the wire lists for the classes: zone classes' left-out nodes, other classes' nodes. */
function listedNames(wire: WireReport): number {
  const { starts } = wire.tables;
  let names = 0;
  for (const list of wire.classes.names) if (list >= 0) names += starts[list + 1]! - starts[list]!;
  return names;
}

describe('the report across the worker boundary', () => {
  const original = report();
  const wire = structuredClone(toWire(original));
  const revived = fromWire(wire);

  it('arrives as the same report, node lists, endpoints and traces included', () => {
    expect(JSON.stringify(revived)).toBe(JSON.stringify(original));
  });

  it('carries zone classes as their zone and the nodes left out, not as node lists', () => {
    const zoneClasses = wire.classes.zone.filter((zone) => zone >= 0);
    expect(zoneClasses.length).toBeGreaterThan(0);
    // Every node appears in one class of every group in the report; the wire names a small part of them.
    const listed = (classes: { nodes: string[] }[]) => classes.reduce((sum, c) => sum + c.nodes.length, 0);
    expect(listed(original.serviceViews.flatMap((g) => g.classes))).toBe(original.nodes.length * original.serviceViews.length);
    expect(listedNames(wire)).toBeGreaterThan(0);
    expect(listedNames(wire)).toBeLessThan((original.nodes.length * original.serviceViews.length) / 10);
  });

  it('carries each route as a row of numbers, its endpoints shared with its node class when its node sees them alike', () => {
    expect(wire.tables.verbatim).toEqual([]);
    expect(wire.routes.cls).toHaveLength(original.routes.length);
    const originalClasses = original.serviceViews.flatMap((g) => g.classes);
    const shared = original.routes.filter((route, i) => route.endpoints === originalClasses[wire.routes.cls[i]!]!.endpoints);
    expect(shared.length).toBeGreaterThan(0);
    // ... and so does the page's report: one array, not one per route.
    const classes = revived.serviceViews.flatMap((g) => g.classes);
    for (const [i, route] of revived.routes.entries())
      if (shared.includes(original.routes[i]!)) expect(route.endpoints).toBe(classes[wire.routes.cls[i]!]!.endpoints);
  });

  it('finds every node’s class in every group as the original does, and viewsOfNode agrees with expandViews', () => {
    const names = original.nodes.map((n) => n.name);
    for (const [i, group] of revived.serviceViews.entries()) {
      const mine = viewLookupFor(group);
      const theirs = viewLookupFor(original.serviceViews[i]!);
      for (const name of names)
        expect(JSON.stringify(mine(name)), `${group.service} ${group.traffic} ${name}`).toBe(JSON.stringify(theirs(name)));
      expect(mine('no-such-node')).toBeUndefined();
    }
    const expanded = expandViews(original);
    for (const name of ['no-zone', names[1]!, names[7]!, names[30]!]) {
      const expected = JSON.stringify(expanded.filter((v) => v.node === name));
      expect(JSON.stringify(viewsOfNode(revived, name))).toBe(expected);
      expect(JSON.stringify(viewsOfNode(original, name))).toBe(expected);
    }
  });

  it('keeps what is written into the page’s report', () => {
    const again = handedOff(original);
    const route = again.routes[0]!;
    route.requests = { 'ns-0/app-0-0': 3 };
    route.trace = [];
    expect(route.requests).toEqual({ 'ns-0/app-0-0': 3 });
    expect(JSON.parse(JSON.stringify(route)).trace).toEqual([]);
  });

  it('carries objects not in the engine’s form as they are', () => {
    const odd = report();
    odd.routes[1] = { ...odd.routes[1]!, extra: 'kept' } as (typeof odd.routes)[number];
    const cls = odd.serviceViews[0]!.classes[0]!;
    odd.serviceViews[0]!.classes[0] = { nodes: cls.nodes, verdict: cls.verdict, endpoints: cls.endpoints, trace: cls.trace };
    const first = odd.serviceViews[1]!.classes[0]!;
    first.trace = [{ message: 'keys in another order', stage: 'kube-proxy', rule: 'r' }, ...first.trace];
    first.endpoints = [{ ...first.endpoints[0]!, locality: 'somewhere' as 'same-zone' }, ...first.endpoints.slice(1)];
    const wire = toWire(odd);
    expect(wire.tables.verbatim.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(fromWire(structuredClone(wire)))).toBe(JSON.stringify(odd));
  });

  it('is a small part of the report for a 200-node cluster', () => {
    const size = { name: '200 nodes', nodes: 200, pods: 6_000, services: 400, zones: 3, clients: 5, namespaces: 4 };
    const big = analyzeObjects(syntheticCluster(size));
    const wire = toWire(big);
    // JSON bytes (a typed array written as the array of its numbers), and the bytes structured clone copies.
    const json = (value: unknown) =>
      JSON.stringify(value, (_key, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v)).length;
    const cloned = (value: unknown) => serialize(value).length;
    // The views and routes, with the tables they share, against the report's own.
    const answers = [wire.serviceViews, wire.routes, wire.classes, wire.tables];
    expect(json(answers)).toBeLessThan(json([big.serviceViews, big.routes]) / 8);
    expect(cloned(answers)).toBeLessThan(cloned([big.serviceViews, big.routes]) * 0.4);
    // The whole report, pods, Services and EndpointSlices included (they travel as they are).
    expect(json(wire)).toBeLessThan(json(big) * 0.4);
    expect(JSON.stringify(fromWire(structuredClone(wire)))).toBe(JSON.stringify(big));
  }, 60_000);
});

describe("a dual-stack Service's second family across the worker boundary", () => {
  it('arrives with its views (found by node) and routes', async () => {
    const { analyzeWrittenFiles } = await import('../../src/engine/analyzeCluster');
    const text = readFileSync('test/cli/fixtures/dual-stack-dump.yaml', 'utf8');
    const original = analyzeWrittenFiles([{ name: 'dual-stack-dump.yaml', text }]);
    expect(original.secondaryFamily?.serviceViews.length).toBe(2);
    const revived = handedOff(original);
    expect(JSON.stringify(revived)).toBe(JSON.stringify(original));
    const second = revived.secondaryFamily!;
    expect(viewsOfNode(second, 'node-a1').map((v) => [v.service, v.ipFamily])).toEqual([
      ['default/web', 'IPv6'],
      ['default/web-v6', 'IPv4'],
    ]);
    expect(second.routes.map((r) => r.ipFamily)).toEqual(['IPv6', 'IPv4', 'IPv4']);
  });
});

/** Every YAML fixture and scenario directory, each a workspace. */
function workspaces(): { name: string; files: SourceFile[] }[] {
  const dirs = [
    'test/cli/fixtures',
    'test/fixtures/lab',
    'test/fixtures/workloads',
    'test/fixtures/upstream-proxier/overall',
    'src/scenarios/seed-demo',
    ...readdirSync('src/scenarios/builtin', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `src/scenarios/builtin/${d.name}`),
  ];
  const read = (dir: string, name: string): SourceFile => ({ name, text: readFileSync(join(dir, name), 'utf8') });
  const out: { name: string; files: SourceFile[] }[] = [];
  for (const dir of dirs) {
    const names = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
    // Fixture directories hold one workspace per file; a scenario's files are one workspace.
    if (dir.startsWith('test/cli') || dir.startsWith('test/fixtures/lab') || dir.startsWith('test/fixtures/workloads'))
      for (const name of names) out.push({ name: `${dir}/${name}`, files: [read(dir, name)] });
    else out.push({ name: dir, files: names.map((n) => read(dir, n)) });
  }
  return out;
}

/** The same workspace under other kube-proxy modes (a KubeProxyConfiguration added or replacing the one given). */
const PROXIES = [
  undefined,
  'mode: ipvs\nipvs:\n  scheduler: sh\n',
  'mode: ipvs\nipvs:\n  scheduler: dh\n',
  'mode: nftables\n',
  'mode: kernelspace\n',
];

describe('every fixture and scenario across the worker boundary', () => {
  for (const { name, files } of workspaces()) {
    it(`${name}: the same report, under every kube-proxy mode, with simulated requests`, () => {
      for (const proxy of PROXIES) {
        const workspace = proxy
          ? [
              ...files.filter((f) => !/kind:\s*KubeProxyConfiguration/.test(f.text)),
              { name: 'kube-proxy.yaml', text: `apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\n${proxy}` },
            ]
          : files;
        for (const options of [{}, { requests: 20, seed: 7 }]) {
          const original = analyzeFiles(workspace, options);
          expect(JSON.stringify(handedOff(original)), `${proxy ?? 'as given'} ${JSON.stringify(options)}`).toBe(JSON.stringify(original));
        }
      }
    });
  }

  for (const scenario of SCENARIOS) {
    it(`scenario “${scenario.title}”: the same report after every step of its tour (events and the live cluster included)`, async () => {
      const driver = await TourDriver.open(scenario);
      for (const step of scenario.tour) {
        for (const action of step.actions) await driver.perform(action);
        const original = driver.report();
        expect(JSON.stringify(handedOff(original)), step.title).toBe(JSON.stringify(original));
      }
    });
  }
});

const ZONES = ['zone-a', 'zone-b', undefined] as const;
const clusterArb = fc.record({
  nodes: fc.array(fc.record({ zone: fc.constantFrom(...ZONES), ready: fc.boolean() }), { minLength: 1, maxLength: 8 }),
  pods: fc.array(
    fc.record({
      app: fc.constantFrom('web', 'api', 'client'),
      node: fc.nat(10),
      ready: fc.constantFrom(true, true, false),
      terminating: fc.constantFrom(false, false, true),
      dualStack: fc.boolean(),
    }),
    { maxLength: 16 },
  ),
  services: fc.array(
    fc.record({
      app: fc.constantFrom('web', 'api'),
      type: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer'),
      trafficDistribution: fc.constantFrom(undefined, 'PreferClose', 'PreferSameZone', 'PreferSameNode'),
      internalTrafficPolicy: fc.constantFrom(undefined, 'Local'),
      externalTrafficPolicy: fc.constantFrom(undefined, 'Local'),
      sessionAffinity: fc.constantFrom(undefined, 'ClientIP'),
      auto: fc.boolean(),
      dualStack: fc.boolean(),
      named: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  proxy: fc.constantFrom('iptables', 'nftables', 'ipvs/rr', 'ipvs/sh', 'ipvs/dh', 'kernelspace'),
  requests: fc.constantFrom(undefined, 0, 10),
});

type ClusterSpec = typeof clusterArb extends fc.Arbitrary<infer T> ? T : never;

function objectsOf(spec: ClusterSpec): unknown[] {
  const nodes = spec.nodes.map((n, i) => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: `node-${i}`,
      labels: { 'kubernetes.io/hostname': `node-${i}`, ...(n.zone ? { 'topology.kubernetes.io/zone': n.zone } : {}) },
    },
    status: { conditions: [{ type: 'Ready', status: n.ready ? 'True' : 'False' }] },
  }));
  const pods = spec.pods.map((p, i) => {
    const ip = `10.64.0.${i + 1}`;
    const ips = p.dualStack ? [{ ip }, { ip: `fd00:10::${i + 1}` }] : [{ ip }];
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${p.app}-${i}`,
        namespace: 'default',
        labels: { app: p.app },
        ...(p.terminating ? { deletionTimestamp: '2024-01-01T00:00:00Z' } : {}),
      },
      spec: {
        nodeName: `node-${p.node % spec.nodes.length}`,
        containers: [{ name: 'c', image: 'i', ports: [{ name: 'http', containerPort: 8080 }] }],
      },
      status: { phase: 'Running', podIP: ip, podIPs: ips, conditions: [{ type: 'Ready', status: p.ready ? 'True' : 'False' }] },
    };
  });
  const services = spec.services.map((s, i) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: `svc-${i}`,
      namespace: 'default',
      ...(s.auto ? { annotations: { 'service.kubernetes.io/topology-mode': 'Auto' } } : {}),
    },
    spec: {
      selector: { app: s.app },
      type: s.type,
      ports: [{ ...(s.named ? { name: 'http' } : {}), port: 80, targetPort: 8080, protocol: 'TCP' }],
      ...(s.trafficDistribution ? { trafficDistribution: s.trafficDistribution } : {}),
      ...(s.internalTrafficPolicy ? { internalTrafficPolicy: s.internalTrafficPolicy } : {}),
      ...(s.externalTrafficPolicy && s.type !== 'ClusterIP' ? { externalTrafficPolicy: s.externalTrafficPolicy } : {}),
      ...(s.sessionAffinity ? { sessionAffinity: s.sessionAffinity } : {}),
      ...(s.dualStack ? { ipFamilyPolicy: 'PreferDualStack', ipFamilies: ['IPv4', 'IPv6'] } : {}),
    },
  }));
  const [mode, scheduler] = spec.proxy.split('/');
  const proxy = {
    apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
    kind: 'KubeProxyConfiguration',
    mode,
    ...(scheduler ? { ipvs: { scheduler } } : {}),
  };
  return [...nodes, ...pods, ...services, proxy];
}

describe('generated clusters across the worker boundary', () => {
  it('arrive as the same report', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(clusterArb, (spec) => {
        const original = analyzeObjects(objectsOf(spec), spec.requests === undefined ? {} : { requests: spec.requests, seed: 3 });
        const revived = handedOff(original);
        expect(JSON.stringify(revived)).toBe(JSON.stringify(original));
        // Read in another order (routes before their classes): the same.
        const again = handedOff(original);
        expect(JSON.stringify(again.routes)).toBe(JSON.stringify(original.routes));
        expect(JSON.stringify(again.serviceViews)).toBe(JSON.stringify(original.serviceViews));
      }),
      { numRuns: 150 },
    );
  });
});
