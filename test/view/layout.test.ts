import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxId,
  COMPACT_POD_NAME_FONT,
  fitScale,
  layoutBounds,
  layoutTopology,
  parseBoxId,
  POD_NAME_FONT,
  type LayoutBox,
  type LayoutInput,
} from '../../src/view/layout';

const demo: LayoutInput = {
  nodes: [{ name: 'mnode' }, { name: 'mnode-m02', zone: 'zone-a' }, { name: 'mnode-m03', zone: 'zone-b' }],
  pods: [
    { key: 'default/client', node: 'mnode-m02', client: true },
    { key: 'default/echo-a', node: 'mnode-m02', client: false },
    { key: 'default/echo-b', node: 'mnode-m03', client: false },
    { key: 'default/stuck', client: false },
  ],
};

const overlaps = (a: LayoutBox, b: LayoutBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function checkInvariants(boxes: LayoutBox[]) {
  const byId = new Map<string, LayoutBox>();
  for (const box of boxes) {
    expect(byId.has(box.id), `duplicate ${box.id}`).toBe(false);
    if (box.parentId) expect(byId.has(box.parentId), `${box.id} before its parent`).toBe(true);
    byId.set(box.id, box);
  }
  const siblings = new Map<string, LayoutBox[]>();
  for (const box of boxes) {
    const list = siblings.get(box.parentId ?? '') ?? [];
    list.push(box);
    siblings.set(box.parentId ?? '', list);
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
    if (box.parentId) {
      const parent = byId.get(box.parentId)!;
      expect(box.x, `${box.id} left of parent`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${box.id} above parent`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${box.id} right of parent`).toBeLessThanOrEqual(parent.width);
      expect(box.y + box.height, `${box.id} below parent`).toBeLessThanOrEqual(parent.height);
    }
  }
  for (const list of siblings.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        expect(overlaps(list[i]!, list[j]!), `${list[i]!.id} overlaps ${list[j]!.id}`).toBe(false);
      }
    }
  }
}

const inputArb: fc.Arbitrary<LayoutInput> = fc
  .record({
    nodes: fc.uniqueArray(
      fc.record({
        name: fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/),
        zone: fc.option(fc.constantFrom('zone-a', 'zone-b', 'zone-c', 'us-east-1a'), { nil: undefined }),
      }),
      { selector: (n) => n.name, maxLength: 12 },
    ),
    podCount: fc.nat(40),
    externalEntries: fc.boolean(),
    seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  })
  .map(({ nodes, podCount, externalEntries, seed }) => ({
    nodes: nodes.map((n) => (n.zone ? n : { name: n.name })),
    externalEntries,
    pods: Array.from({ length: podCount }, (_, i) => {
      const pick = seed[i]! % (nodes.length + 2);
      // Some pods point at a node that does not exist, some have none (pending).
      const node = pick < nodes.length ? nodes[pick]!.name : pick === nodes.length ? 'ghost' : undefined;
      return { key: `ns${seed[i]! % 3}/pod-${i}`, client: seed[i]! % 5 === 0, ...(node ? { node } : {}) };
    }),
  }));

describe('layoutTopology', () => {
  it('puts pods in their node, nodes in their zone, zone-less nodes and pending pods in their own areas', () => {
    const { boxes } = layoutTopology(demo);
    const parent = (id: string) => boxes.find((b) => b.id === id)?.parentId;
    expect(parent(boxId.pod('default/client'))).toBe(boxId.node('mnode-m02'));
    expect(parent(boxId.pod('default/echo-b'))).toBe(boxId.node('mnode-m03'));
    expect(parent(boxId.node('mnode-m02'))).toBe(boxId.zone('zone-a'));
    expect(parent(boxId.node('mnode-m03'))).toBe(boxId.zone('zone-b'));
    expect(parent(boxId.node('mnode'))).toBe(boxId.noZone());
    expect(parent(boxId.pod('default/stuck'))).toBe(boxId.unscheduled());
    expect(parent(boxId.proxy('mnode'))).toBe(boxId.node('mnode'));
    expect(boxes.some((b) => b.kind === 'external')).toBe(false);
    checkInvariants(boxes);
  });

  it('draws an external entry per node only when asked', () => {
    const { boxes } = layoutTopology({ ...demo, externalEntries: true });
    expect(boxes.filter((b) => b.kind === 'external').map((b) => b.parentId)).toEqual([
      boxId.node('mnode-m02'),
      boxId.node('mnode-m03'),
      boxId.node('mnode'),
    ]);
  });

  it('lists clients first in their node and reports absolute positions', () => {
    const { boxes, absolute } = layoutTopology(demo);
    const node = boxes.find((b) => b.id === boxId.node('mnode-m02'))!;
    const zone = boxes.find((b) => b.id === boxId.zone('zone-a'))!;
    const client = boxes.find((b) => b.id === boxId.pod('default/client'))!;
    const echo = boxes.find((b) => b.id === boxId.pod('default/echo-a'))!;
    expect(client.y * 10000 + client.x).toBeLessThan(echo.y * 10000 + echo.x);
    expect(absolute.get(client.id)).toEqual({ x: zone.x + node.x + client.x, y: zone.y + node.y + client.y });
  });

  it('never overlaps siblings and keeps children inside their parents', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        checkInvariants(layoutTopology(input).boxes);
      }),
      { numRuns: 150 },
    );
    // Property runs take a few seconds on a busy machine.
  }, 20_000);

  it('gives the same picture for the same input in any order', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, rotation) => {
        const rotate = <T>(list: readonly T[]) =>
          list.length ? [...list.slice(rotation % list.length), ...list.slice(0, rotation % list.length)] : [];
        const first = layoutTopology(input).boxes;
        const again = layoutTopology({ ...input, nodes: rotate(input.nodes).reverse(), pods: rotate(input.pods) }).boxes;
        const byId = (list: LayoutBox[]) => new Map(list.map((b) => [b.id, b]));
        expect(byId(again)).toEqual(byId(first));
      }),
      { numRuns: 100 },
    );
  });

  it('lays out a 200-node, 2,000-pod cluster quickly', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => ({ name: `node-${i}`, zone: `zone-${i % 3}` }));
    const pods = Array.from({ length: 2000 }, (_, i) => ({ key: `default/pod-${i}`, node: `node-${i % 200}`, client: i % 50 === 0 }));
    const start = performance.now();
    const { boxes } = layoutTopology({ nodes, pods });
    expect(performance.now() - start).toBeLessThan(200);
    expect(boxes.length).toBe(3 + 200 * 2 + 2000);
  });
});

describe('layoutTopology in a frame', () => {
  const seed: LayoutInput = { ...demo, pods: demo.pods.filter((p) => p.node) };
  const top = (input: LayoutInput) =>
    new Map(
      layoutTopology(input)
        .boxes.filter((b) => !b.parentId)
        .map((b) => [b.id, b]),
    );
  const namePx = (input: LayoutInput & { frame: { width: number; height: number } }) => {
    const layout = layoutTopology(input);
    return fitScale(layoutBounds(layout), input.frame) * (layout.compact ? COMPACT_POD_NAME_FONT : POD_NAME_FONT);
  };

  it('puts the areas side by side in a wide frame and under each other in a tall one', () => {
    const wide = top({ ...seed, frame: { width: 2400, height: 500 } });
    const ys = [...wide.values()].map((b) => b.y);
    expect(new Set(ys).size).toBe(1);
    const tall = top({ ...seed, frame: { width: 700, height: 1800 } });
    const xs = [...tall.values()].map((b) => b.x);
    expect(new Set(xs).size).toBe(1);
    // A square frame: a grid, neither one row nor one column.
    const square = [...top({ ...seed, frame: { width: 360, height: 200 } }).values()];
    expect(new Set(square.map((b) => b.y)).size).toBe(2);
  });

  it('switches to compact boxes when full-size ones would draw pod names too small, and keeps full ones otherwise', () => {
    expect(layoutTopology({ ...seed, frame: { width: 1600, height: 1000 } }).compact).toBe(false);
    expect(layoutTopology({ ...seed, frame: { width: 360, height: 200 } }).compact).toBe(true);
    // The sizes the embeds and the app give the graph: names at least as large as promised.
    expect(namePx({ ...seed, frame: { width: 352, height: 192 } })).toBeGreaterThanOrEqual(9);
    expect(namePx({ ...seed, frame: { width: 688, height: 320 } })).toBeGreaterThanOrEqual(11);
    expect(namePx({ ...seed, frame: { width: 880, height: 640 }, minNamePx: 16 })).toBeGreaterThanOrEqual(16);
  });

  it('folds a node without pods to its title row in compact boxes, kube-proxy in it', () => {
    const layout = layoutTopology({ ...seed, frame: { width: 360, height: 200 } });
    const node = layout.boxes.find((b) => b.id === boxId.node('mnode'))!;
    const proxy = layout.boxes.find((b) => b.id === boxId.proxy('mnode'))!;
    expect(node.height).toBeLessThanOrEqual(layout.header + 2);
    expect(proxy.y + proxy.height).toBeLessThanOrEqual(layout.header);
  });

  it('keeps its invariants and its determinism in any frame', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 200, max: 2000 }), fc.integer({ min: 150, max: 1200 }), (input, width, height) => {
        const framed = { ...input, frame: { width, height } };
        const layout = layoutTopology(framed);
        checkInvariants(layout.boxes);
        expect(layoutTopology({ ...framed, pods: [...input.pods].reverse() }).boxes).toEqual(layout.boxes);
      }),
      { numRuns: 40 },
    );
  }, 20_000);
});

describe('layoutBounds', () => {
  it('holds every top-level box', () => {
    const layout = layoutTopology(demo);
    const bounds = layoutBounds(layout);
    for (const box of layout.boxes.filter((b) => !b.parentId)) {
      expect(box.x + box.width).toBeLessThanOrEqual(bounds.width);
      expect(box.y + box.height).toBeLessThanOrEqual(bounds.height);
    }
    expect(layout.boxes.some((b) => !b.parentId && b.y + b.height === bounds.height)).toBe(true);
  });
});

describe('parseBoxId', () => {
  it('reads back the kind and object of every box id', () => {
    const layout = layoutTopology({ ...demo, pods: [...demo.pods, { key: 'default/pending', client: false }], externalEntries: true });
    const kinds = new Set(layout.boxes.map((b) => b.kind));
    expect(kinds).toEqual(new Set(['zone', 'no-zone', 'unscheduled', 'node', 'pod', 'proxy', 'external']));
    for (const box of layout.boxes) expect(parseBoxId(box.id)).toEqual({ kind: box.kind, ref: box.ref });
  });

  it('gives null for ids no box has', () => {
    for (const id of ['', 'pod', 'area:other', 'route:default/client', ':x']) expect(parseBoxId(id)).toBeNull();
  });
});
