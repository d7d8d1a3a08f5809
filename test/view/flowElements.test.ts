import { describe, expect, it } from 'vitest';
import { buildFlowEdges, buildFlowNodes, podTooltip } from '../../src/view/flowElements';
import { layoutTopology } from '../../src/view/layout';
import { buildRouteEdges } from '../../src/view/routeModel';
import { echoA, echoB, seedDemoReport } from '../fixtures/seedDemoReport';

const report = seedDemoReport();
const layout = layoutTopology({ nodes: report.nodes, pods: report.pods });
const routes = buildRouteEdges(report, ['default/echo-svc']);

describe('buildFlowEdges', () => {
  it('gives every route a path through its kube-proxy and its test id', () => {
    const { edges } = buildFlowEdges(layout, routes, null);
    expect(edges.map((e) => e.domAttributes?.['data-testid' as never])).toEqual([
      `route-default/client->${echoA.pod}`,
      `route-default/client->${echoB.pod}`,
    ]);
    const proxy = layout.absolute.get('proxy:mnode-m02')!;
    for (const edge of edges) {
      expect(edge.data!.emphasis).toBe('normal');
      // The path enters the client’s kube-proxy box at its bottom centre.
      expect(edge.data!.geometry.path).toContain(`L${proxy.x + 48},${proxy.y + 30}`);
    }
  });

  it('highlights the selection’s routes, dims the others and marks what they reach', () => {
    const { edges, reached } = buildFlowEdges(layout, routes, { kind: 'pod', id: echoB.pod });
    expect(edges.map((e) => e.data!.emphasis)).toEqual(['dim', 'highlight']);
    expect([...reached].sort()).toEqual(['node:mnode-m03', `pod:${echoB.pod}`]);
  });

  it('leaves out routes to endpoints that are not drawn', () => {
    const { edges } = buildFlowEdges(layoutTopology({ nodes: report.nodes, pods: report.pods.slice(0, 2) }), routes, null);
    expect(edges).toHaveLength(1);
  });
});

describe('buildFlowNodes', () => {
  it('emits parents before children, with extent parent, and colours backends by app', () => {
    const nodes = buildFlowNodes(layout, report.nodes, report.pods, { kind: 'pod', id: 'default/client' }, new Set());
    const seen = new Set<string>();
    for (const node of nodes) {
      if (node.parentId) {
        expect(seen.has(node.parentId)).toBe(true);
        expect(node.extent).toBe('parent');
      }
      seen.add(node.id);
    }
    const pods = nodes.filter((n) => n.type === 'pod');
    const data = (key: string) => pods.find((n) => n.id === `pod:${key}`)!.data as { appSlot?: number; selected: boolean };
    expect(data('default/client')).toMatchObject({ selected: true });
    expect(data('default/client').appSlot).toBeUndefined();
    expect(data(echoA.pod).appSlot).toBe(0);
    expect(data(echoB.pod).appSlot).toBe(0);
  });
});

describe('podTooltip', () => {
  it('names the pod’s controller, as kubectl describe’s Controlled By does', () => {
    const pod = {
      key: 'kube-system/node-cache-7xq2m',
      namespace: 'kube-system',
      name: 'node-cache-7xq2m',
      phase: 'Running' as const,
      ready: true,
      terminating: false,
      labels: {},
      owner: 'DaemonSet node-cache',
      generated: false,
      selectedBy: [],
      client: false,
    };
    expect(podTooltip(pod, { status: 'ready', shape: '●', text: 'Ready' } as Parameters<typeof podTooltip>[1])).toBe(
      'kube-system/node-cache-7xq2m (DaemonSet/node-cache) — Ready',
    );
  });
});
