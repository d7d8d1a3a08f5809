import { describe, expect, it } from 'vitest';
import { analyzeObjects } from '../../src/engine/analyze';
import { expandViews, viewsOfNode } from '../../src/engine/expandViews';
import { viewLookupFor } from '../../src/engine/proxy/viewLookup';
import type { RoutingReport } from '../../src/engine/report';
import { fromWire, toWire } from '../../src/engine/reportWire';
import { SIZES, syntheticCluster } from '../bench/syntheticCluster';

/** 50 nodes in 3 zones and one without a zone label; Services of every flavour (Local policies, PreferSameNode, NodePort Local). */
function report(): RoutingReport {
  const objects = syntheticCluster(SIZES[0]!);
  objects.splice(0, 0, { apiVersion: 'v1', kind: 'Node', metadata: { name: 'no-zone', labels: { 'kubernetes.io/hostname': 'no-zone' } } });
  return analyzeObjects(objects);
}

describe('the report across the worker boundary', () => {
  const original = report();
  const wire = structuredClone(toWire(original));
  const revived = fromWire(wire);

  it('arrives as the same report, node lists included', () => {
    expect(JSON.stringify(revived)).toBe(JSON.stringify(original));
  });

  it('carries zone classes as their zone and the nodes left out, not as node lists', () => {
    const classes = wire.serviceViews.flatMap((g) => g.classes);
    const zoneClasses = classes.filter((c) => 'zone' in c);
    expect(zoneClasses.length).toBeGreaterThan(0);
    expect(zoneClasses.some((c) => 'zone' in c && c.except.length > 0)).toBe(true);
    // Only a node's own class lists its one node.
    for (const c of classes) if ('nodes' in c) expect(c.nodes).toHaveLength(1);
    const listed = (classes: object[]) => classes.reduce((sum: number, c) => sum + ('nodes' in c ? (c.nodes as string[]).length : 0), 0);
    // Every node appears in one class of every group in the report; the wire names a small part of them.
    expect(listed(original.serviceViews.flatMap((g) => g.classes))).toBe(original.nodes.length * original.serviceViews.length);
    expect(listed(classes)).toBeLessThan((original.nodes.length * original.serviceViews.length) / 10);
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
});

describe("a dual-stack Service's second family across the worker boundary", () => {
  it('arrives with its views (found by node) and routes', async () => {
    const { readFileSync } = await import('node:fs');
    const { analyzeWrittenFiles } = await import('../../src/engine/analyzeCluster');
    const text = readFileSync('test/cli/fixtures/dual-stack-dump.yaml', 'utf8');
    const original = analyzeWrittenFiles([{ name: 'dual-stack-dump.yaml', text }]);
    expect(original.secondaryFamily?.serviceViews.length).toBe(2);
    const revived = fromWire(structuredClone(toWire(original)));
    expect(JSON.stringify(revived)).toBe(JSON.stringify(original));
    const second = revived.secondaryFamily!;
    expect(viewsOfNode(second, 'node-a1').map((v) => [v.service, v.ipFamily])).toEqual([
      ['default/web', 'IPv6'],
      ['default/web-v6', 'IPv4'],
    ]);
    expect(second.routes.map((r) => r.ipFamily)).toEqual(['IPv6', 'IPv4', 'IPv4']);
  });
});
