import { describe, expect, it } from 'vitest';
import { buildFlowEdges, buildFlowNodes, routeAriaLabel, type ClusterFlowNode } from '../../../src/view/flowElements';
import { CHIPS_CLUSTER_FROM, CHIPS_PER_NODE_FROM, layoutTopology } from '../../../src/view/layout';
import { buildRouteEdges } from '../../../src/view/routeModel';
import { analyzeFiles } from '../../../src/engine/analyze';
import { driftBadgesById } from '../../../src/view/driftBadges';
import clientYaml from '../../../src/scenarios/seed-demo/client.yaml?raw';
import clusterYaml from '../../../src/scenarios/seed-demo/cluster.yaml?raw';
import echoYaml from '../../../src/scenarios/seed-demo/echo-pod.yaml?raw';
import serviceYaml from '../../../src/scenarios/seed-demo/echo-service.yaml?raw';

/** The seed demo with echo scaled to `replicas`. */
function demoWith(replicas: number) {
  const files = [
    { name: 'cluster.yaml', text: clusterYaml },
    { name: 'client.yaml', text: clientYaml },
    { name: 'echo-pod.yaml', text: echoYaml.replace(/replicas: \d+/, `replicas: ${replicas}`) },
    { name: 'echo-service.yaml', text: serviceYaml },
  ];
  const report = analyzeFiles(files);
  const layout = layoutTopology({ nodes: report.nodes, pods: report.pods, compactPods: true });
  return { report, layout, routes: buildRouteEdges(report, ['default/echo-svc']) };
}

const podsOn = (report: ReturnType<typeof demoWith>['report']) => {
  const count = new Map<string, number>();
  for (const pod of report.pods) if (pod.node) count.set(pod.node, (count.get(pod.node) ?? 0) + 1);
  return count;
};

describe('pods as chips', () => {
  it('keeps a small cluster as boxes, exactly as without level of detail', () => {
    const { report, layout } = demoWith(3);
    expect(layout.chips).toEqual([]);
    expect(layout.boxes).toEqual(layoutTopology({ nodes: report.nodes, pods: report.pods }).boxes);
  });

  it('draws a crowded node’s pods as chips inside it and leaves the others as boxes', () => {
    const { report, layout } = demoWith(40);
    const crowded = [...podsOn(report)].filter(([, n]) => n >= CHIPS_PER_NODE_FROM).map(([node]) => `node:${node}`);
    expect(crowded.length).toBeGreaterThan(0);
    const boxes = new Map(layout.boxes.map((b) => [b.id, b]));
    for (const chip of layout.chips) {
      expect(crowded).toContain(chip.parentId);
      expect(boxes.has(chip.id)).toBe(false);
      const owner = boxes.get(chip.parentId!)!;
      expect(chip.x + chip.width).toBeLessThanOrEqual(owner.width);
      expect(chip.y + chip.height).toBeLessThanOrEqual(owner.height);
      expect(layout.absolute.get(chip.id)).toBeDefined();
    }
    const chipped = new Set(layout.chips.map((c) => c.ref));
    const boxed = layout.boxes.filter((b) => b.kind === 'pod').map((b) => b.ref);
    expect(chipped.size + boxed.length).toBe(report.pods.length);
  });

  it('draws every pod as a chip in a large cluster', () => {
    const { report, layout } = demoWith(CHIPS_CLUSTER_FROM);
    expect(layout.boxes.some((b) => b.kind === 'pod')).toBe(false);
    expect(layout.chips).toHaveLength(report.pods.length);
  });

  it('merges a client’s routes to one node’s chips into one edge carrying each pod’s share', () => {
    const { layout, routes } = demoWith(40);
    const { edges } = buildFlowEdges(layout, routes, null);
    const boxIds = new Set(layout.boxes.map((b) => b.id));
    for (const edge of edges) {
      expect(boxIds.has(edge.source), edge.source).toBe(true);
      expect(boxIds.has(edge.target), edge.target).toBe(true);
    }
    const merged = edges.filter((e) => e.data!.route.pods);
    expect(merged.length).toBeGreaterThan(0);
    const chipRoutes = routes.filter((r) => layout.chips.some((c) => c.id === r.target));
    expect(merged.reduce((n, e) => n + e.data!.route.pods!.length, 0)).toBe(chipRoutes.length);
    const total = edges.reduce((sum, e) => sum + e.data!.route.share, 0);
    expect(total).toBeCloseTo(
      routes.reduce((sum, r) => sum + r.share, 0),
      9,
    );
    const edge = merged[0]!;
    expect(routeAriaLabel(edge.data!.route)).toMatch(/^default\/client to \d+ pods on \S+: .*% of connections together/);
  });

  it('highlights the merged edge when one of its pods is selected and marks that chip reached', () => {
    const { layout, routes } = demoWith(40);
    const chip = layout.chips.find((c) => routes.some((r) => r.target === c.id))!;
    const { edges, reached } = buildFlowEdges(layout, routes, { kind: 'pod', id: chip.ref });
    const lit = edges.filter((e) => e.data!.emphasis === 'highlight');
    expect(lit).toHaveLength(1);
    expect(lit[0]!.target).toBe(chip.parentId);
    expect(reached.has(chip.id)).toBe(true);
  });

  it('hands chips, selection and drift to their node’s data', () => {
    const { report, layout } = demoWith(40);
    const chip = layout.chips[0]!;
    const drift = driftBadgesById([{ kind: 'Pod', key: chip.ref, change: 'created', fields: [] }]);
    const nodes = buildFlowNodes(layout, report.nodes, report.pods, { kind: 'pod', id: chip.ref }, new Set(), drift);
    const owner = nodes.find((n) => n.id === chip.parentId) as ClusterFlowNode;
    const data = owner.data.chips!.find((c) => c.key === chip.ref)!;
    expect(data).toMatchObject({ selected: true, x: chip.x, y: chip.y, drift: { text: 'new' } });
    expect(owner.data.chips!.filter((c) => c.selected)).toHaveLength(1);
  });
});
