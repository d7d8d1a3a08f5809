import { describe, expect, it } from 'vitest';
import type { RouteEdgeModel } from '../../src/view/routeModel';
import { highlightOfRoute, routeMatchesHighlight, ruleMatchesHighlight } from '../../src/view/routeHighlight';
import { defaultRulesNode } from '../../src/view/rulesDefaults';

const edge = (over: Partial<RouteEdgeModel>): RouteEdgeModel =>
  ({
    node: 'n1',
    service: 'default/web',
    port: 80,
    external: false,
    verdict: 'forward',
    targetPod: 'default/web-1',
    ...over,
  }) as RouteEdgeModel;

describe('rule ↔ route links', () => {
  it('a rule for one endpoint highlights only the edge to that pod from its node', () => {
    const h = { node: 'n1', service: 'default/web', port: 80, pod: 'default/web-1', origin: 'rules' as const };
    expect(routeMatchesHighlight(edge({}), h)).toBe(true);
    expect(routeMatchesHighlight(edge({ targetPod: 'default/web-2' }), h)).toBe(false);
    expect(routeMatchesHighlight(edge({ node: 'n2' }), h)).toBe(false);
  });

  it('a service-level internal rule highlights internal edges, not external ones', () => {
    const h = { node: 'n1', service: 'default/web', port: 80, traffic: 'internal' as const, origin: 'rules' as const };
    expect(routeMatchesHighlight(edge({}), h)).toBe(true);
    expect(routeMatchesHighlight(edge({ external: true }), h)).toBe(false);
  });

  it('a hovered drop edge marks the DROP rule and not the forwarding ones', () => {
    const h = highlightOfRoute(edge({ verdict: 'drop', targetPod: undefined }));
    expect(ruleMatchesHighlight({ service: 'default/web', port: 80, traffic: 'internal', verdict: 'drop' }, 'n1', h)).toBe(true);
    expect(ruleMatchesHighlight({ service: 'default/web', port: 80, traffic: 'internal', verdict: 'reject' }, 'n1', h)).toBe(false);
    expect(ruleMatchesHighlight({ service: 'default/web', port: 80, traffic: 'internal' }, 'n2', h)).toBe(false);
  });
});

describe('defaultRulesNode', () => {
  const report = {
    nodes: [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
    pods: [{ key: 'default/p', node: 'c' }],
    routes: [{ service: 'default/web', node: 'b' }],
  } as unknown as Parameters<typeof defaultRulesNode>[0];
  it('prefers the selected node, then the selected pod’s node, then the client’s node', () => {
    expect(defaultRulesNode(report, { kind: 'node', id: 'a' }, 'default/web')).toBe('a');
    expect(defaultRulesNode(report, { kind: 'pod', id: 'default/p' }, 'default/web')).toBe('c');
    expect(defaultRulesNode(report, null, 'default/web')).toBe('b');
  });
});
