import { expect, test } from 'vitest';
import { SIZES, syntheticCluster, type ClusterSize } from './syntheticCluster';

const tiny: ClusterSize = { name: 'tiny', nodes: 7, pods: 40, services: 6, zones: 3, clients: 4, namespaces: 2 };

type Obj = {
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
};

test('same size and seed give the same objects; another seed moves pods', () => {
  expect(JSON.stringify(syntheticCluster(tiny))).toBe(JSON.stringify(syntheticCluster(tiny)));
  expect(JSON.stringify(syntheticCluster(tiny, 2))).not.toBe(JSON.stringify(syntheticCluster(tiny)));
});

test.each([tiny, SIZES[0]!])('$name: counts, bound pods with unique IPs, every Service selects its share', (size) => {
  const objects = syntheticCluster(size) as unknown as Obj[];
  const byKind = (kind: string) => objects.filter((o) => o.kind === kind);
  const nodes = new Set(byKind('Node').map((n) => n.metadata.name));
  const pods = byKind('Pod');
  const services = byKind('Service');
  expect([nodes.size, pods.length, services.length]).toEqual([size.nodes, size.pods, size.services]);

  const ips = pods.map((p) => p.status!.podIP as string);
  expect(new Set(ips).size).toBe(pods.length);
  for (const p of pods) expect(nodes.has(p.spec!.nodeName as string)).toBe(true);
  expect(new Set(pods.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).size).toBe(pods.length);

  const selected = services.map((s) => {
    const selector = s.spec!.selector as Record<string, string>;
    return pods.filter(
      (p) => p.metadata.namespace === s.metadata.namespace && Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v),
    ).length;
  });
  expect(selected.reduce((a, b) => a + b, 0)).toBe(size.pods - size.clients);
  expect(Math.max(...selected) - Math.min(...selected)).toBeLessThanOrEqual(1);

  const zones = new Set(byKind('Node').map((n) => n.metadata.labels!['topology.kubernetes.io/zone']));
  expect(zones.size).toBe(Math.min(size.zones, size.nodes));
});

test('the Service mix covers every routing policy the engine models', () => {
  const services = (syntheticCluster(SIZES[0]!) as unknown as Obj[]).filter((o) => o.kind === 'Service');
  const distributions = new Set(services.map((s) => s.spec!.trafficDistribution).filter(Boolean));
  expect([...distributions].sort()).toEqual(['PreferClose', 'PreferSameNode', 'PreferSameZone']);
  expect(services.some((s) => s.spec!.internalTrafficPolicy === 'Local')).toBe(true);
  expect(services.some((s) => s.spec!.externalTrafficPolicy === 'Local')).toBe(true);
  expect(services.some((s) => s.spec!.sessionAffinity === 'ClientIP')).toBe(true);
  expect(
    services.some(
      (s) => (s.metadata as { annotations?: Record<string, string> }).annotations?.['service.kubernetes.io/topology-mode'] === 'Auto',
    ),
  ).toBe(true);
});
