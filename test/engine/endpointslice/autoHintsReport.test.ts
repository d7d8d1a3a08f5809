/** topology-mode Auto, explained: numbers from the controller's own allocation, through analyzeFiles. */
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';

const node = (name: string, zone: string | undefined, cpu = '4') => `apiVersion: v1
kind: Node
metadata:
  name: ${name}
  labels:
    kubernetes.io/hostname: ${name}${zone ? `\n    topology.kubernetes.io/zone: ${zone}` : ''}
status:
  allocatable:
    cpu: "${cpu}"
`;
const pod = (name: string, on: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
    app: web
spec:
  nodeName: ${on}
  containers:
    - name: c
      image: x
`;
const autoService = `apiVersion: v1
kind: Service
metadata:
  name: web
  annotations:
    service.kubernetes.io/topology-mode: Auto
spec:
  selector:
    app: web
  ports:
    - port: 80
`;
function auto(docs: string[], featureGates?: Record<string, boolean>) {
  const report = analyzeFiles([{ name: 'c.yaml', text: [...docs, autoService].join('---\n') }], {
    kubernetesVersion: '1.32',
    ...(featureGates ? { featureGates } : {}),
  });
  return report.services.find((s) => s.key === 'default/web')!.topologyAuto!;
}

describe('autoHintsReport', () => {
  it('per zone: CPU share, desired and minimum counts, and one hint moved from zone-a to zone-b', () => {
    const a = auto([
      node('a1', 'zone-a'),
      node('a2', 'zone-a'),
      node('b1', 'zone-b'),
      ...[1, 2, 3, 4, 5].map((i) => pod(`web-a${i}`, i % 2 ? 'a1' : 'a2')),
      pod('web-b1', 'b1'),
    ]);
    expect(a.active).toBe(true);
    expect(a.removedBecause).toBeUndefined();
    expect(a.overloadThreshold).toBe(0.2);
    expect(a.readyEndpoints).toBe(6);
    const [za, zb] = a.zones;
    expect(za).toMatchObject({ zone: 'zone-a', cpuMilli: 8000, endpoints: 5, minimum: 4, hinted: 4, given: 1, received: 0 });
    expect(zb).toMatchObject({ zone: 'zone-b', cpuMilli: 4000, endpoints: 1, minimum: 2, hinted: 2, given: 0, received: 1 });
    expect(za!.ratio).toBeCloseTo(2 / 3);
    expect(za!.desired).toBeCloseTo(4);
    expect(a.notes.join(' ')).toMatch(/not deterministic upstream.*Go map/);
  });

  it('more zones than endpoints: hints removed, in the controller words', () => {
    const a = auto([node('a1', 'zone-a'), node('b1', 'zone-b'), node('c1', 'zone-c'), pod('web-1', 'a1'), pod('web-2', 'b1')]);
    expect(a.removedBecause).toBe('Insufficient number of endpoints (2 endpoints, 3 zones), addressType: IPv4');
    expect(a.zones).toEqual([]);
  });

  it('a node without a zone label makes node information insufficient, naming the node', () => {
    const a = auto([node('a1', 'zone-a'), node('b1', 'zone-b'), node('x1', undefined), pod('web-1', 'a1'), pod('web-2', 'b1')]);
    expect(a.removedBecause).toMatch(
      /^Insufficient Node information: allocatable CPU or zone not specified on one or more nodes, addressType: IPv4 \(node x1 has no topology.kubernetes.io\/zone label\)/,
    );
  });

  it('uneven CPU beyond the overload bound: minimums do not fit', () => {
    const a = auto([
      node('a1', 'zone-a', '1'),
      node('b1', 'zone-b', '1'),
      node('c1', 'zone-c', '1'),
      pod('web-1', 'a1'),
      pod('web-2', 'b1'),
      pod('web-3', 'c1'),
      pod('web-4', 'c1'),
    ]);
    expect(a.removedBecause).toMatch(
      /^Unable to allocate minimum required endpoints to each zone without exceeding overload threshold \(4 endpoints, 3 zones\)/,
    );
  });

  it('with the TopologyAwareHints gate off the controller has no topology cache', () => {
    const a = auto([node('a1', 'zone-a'), node('b1', 'zone-b'), pod('web-1', 'a1'), pod('web-2', 'b1')], { TopologyAwareHints: false });
    expect(a.active).toBe(false);
    expect(a.inactiveReason).toMatch(/TopologyAwareHints feature gate is off/);
  });
});
