import { describe, expect, it } from 'vitest';
import { buildFlowEdges, type FlowNode } from '../../../src/view/flowElements';
import { layoutTopology } from '../../../src/view/layout';
import { buildRouteEdges } from '../../../src/view/routeModel';
import { sameData, stableFlowNodes } from '../../../src/ui/canvas/stableNodes';
import { echoB, seedDemoReport } from '../../fixtures/seedDemoReport';

const area = (id: string, selected: boolean): FlowNode => ({
  id,
  type: 'area',
  position: { x: 0, y: 0 },
  width: 10,
  height: 10,
  data: { kind: 'zone', name: id, testId: `zone-${id}`, selected },
});

describe('stableFlowNodes', () => {
  it('keeps the earlier object of an unchanged box and takes the new one of a changed box', () => {
    const before = [area('a', false), area('b', false)];
    const after = stableFlowNodes(new Map(before.map((n) => [n.id, n])), [area('a', false), area('b', true), area('c', false)]);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]!.data).toMatchObject({ selected: true });
    expect(after.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('sameData', () => {
  it('compares nested plain data by value', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
  });
});

describe('stableFlowNodes on route edges', () => {
  it('keeps unchanged route edges and replaces the ones a new selection changes', () => {
    const report = seedDemoReport();
    const layout = layoutTopology({ nodes: report.nodes, pods: report.pods });
    const routes = buildRouteEdges(report, ['default/echo-svc']);
    const before = buildFlowEdges(layout, routes, null).edges;
    const byId = new Map(before.map((e) => [e.id, e]));
    const again = stableFlowNodes(byId, buildFlowEdges(layout, routes, null).edges);
    expect(again.every((e, i) => e === before[i])).toBe(true);
    const selected = stableFlowNodes(byId, buildFlowEdges(layout, routes, { kind: 'pod', id: echoB.pod }).edges);
    expect(selected.some((e, i) => e === before[i])).toBe(false);
  });
});
