/**
 * "What changed at this step" is a pure function of the cluster before and after the step: over
 * random timelines on the seed demo, step k reads the same whether the timeline was played
 * forward, jumped to, undone back to, redone, or reloaded from a share link — and equals what the engine
 * computes from the files and the first k events alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClusterEvent, type RouteChange, type TimelineEvent } from '../../src/engine';
import { analyzeFiles } from '../../src/engine/analyze';
import { captureShareState, decodeShareFragment, encodeShareFragment, restoreShareState } from '../../src/io/share/shareState';
import { createPlaygroundStore } from '../../src/state';
import { editServiceSpec } from '../../src/workspace/workspaceEdits';

type Store = ReturnType<typeof createPlaygroundStore>;

// The seed demo's objects: pods of the files, as the scheduler names them (a deleted or unknown pod is a warning, never a crash).
const NODES = ['mnode', 'mnode-m02', 'mnode-m03'];
const PODS = ['default/client', 'default/echo-7f87489d76-bhnfl', 'default/echo-7f87489d76-4lzt6'];

const event: fc.Arbitrary<ClusterEvent> = fc.oneof(
  fc.record({
    type: fc.constantFrom('node.cordon' as const, 'node.uncordon' as const, 'node.notReady' as const, 'node.ready' as const),
    node: fc.constantFrom(...NODES),
  }),
  fc.record({ type: fc.constant('node.delete' as const), node: fc.constantFrom('mnode-m02', 'mnode-m03') }),
  fc.record({ type: fc.constant('node.drain' as const), node: fc.constantFrom(...NODES), force: fc.boolean() }),
  fc.record({ type: fc.constantFrom('zone.outage' as const, 'zone.recover' as const), zone: fc.constantFrom('zone-a', 'zone-b') }),
  fc.record({
    type: fc.constantFrom('pod.delete' as const, 'pod.notReady' as const, 'pod.ready' as const),
    pod: fc.constantFrom(...PODS),
  }),
  fc.record({
    type: fc.constant('deployment.scale' as const),
    deployment: fc.constant('default/echo'),
    replicas: fc.integer({ min: 0, max: 4 }),
  }),
  fc.constantFrom<string | null>('PreferSameNode', 'PreferSameZone', null).map((value): ClusterEvent => ({
    type: 'service.patch',
    service: 'default/echo-svc',
    patch: { spec: { trafficDistribution: value } },
  })),
);

/** Events with the seconds waited before each (0: at the same moment as the one before). */
const timeline = fc.array(fc.record({ wait: fc.constantFrom(0, 0, 3, 10, 45, 400), event }), { minLength: 1, maxLength: 5 });

const messages = (changes: readonly RouteChange[]) => changes.map((c) => `${c.kind} ${c.message}`);

/** What the page shows for the step: the route changes and what the controllers did at it. */
const shown = (state: ReturnType<Store['getState']>) => [
  ...messages(state.lastChanges),
  ...(state.report?.live?.step?.log ?? []).map((l) => `log ${l.message}`),
];

async function settled(store: Store) {
  await store.getState().whenAnalysed();
  return store.getState();
}

/** The engine alone: the files and the first k events, at the k-th event's moment. */
function reference(store: Store, events: readonly TimelineEvent[], k: number): string[] {
  const { files, kubernetesVersion, seed } = store.getState();
  if (k === 0) return [];
  const report = analyzeFiles(files, { kubernetesVersion, seed, timeline: { events: events.slice(0, k), now: events[k - 1]!.at } });
  return [...messages(report.live?.step?.changes ?? []), ...(report.live?.step?.log ?? []).map((l) => `log ${l.message}`)];
}

describe('the timeline’s route changes per step', () => {
  it('are the same by play, jump, undo, redo and share link, and equal the engine’s diff of before and after the step', async () => {
    await fc.assert(
      fc.asyncProperty(timeline, fc.nat(), async (plan, pick) => {
        const store = createPlaygroundStore();
        await settled(store);
        const forward: string[][] = [[]];
        for (const { wait, event } of plan) {
          if (wait > 0) store.getState().advance(wait);
          store.getState().dispatch(event);
          forward.push(shown(await settled(store)));
        }
        const events = store.getState().timeline;
        const expected = events.map((_, i) => reference(store, events, i + 1));
        expect(forward.slice(1)).toEqual(expected);

        // Undo from the end back to the files, redo to the end, then jump around in a shuffled order.
        for (let k = events.length - 1; k >= 0; k--) {
          store.getState().undo();
          expect(shown(await settled(store))).toEqual(k === 0 ? [] : expected[k - 1]);
        }
        for (let k = 1; k <= events.length; k++) {
          store.getState().redo();
          expect(shown(await settled(store))).toEqual(expected[k - 1]);
        }
        const order = events.map((_, i) => i + 1).sort((a, b) => ((a * 7919 + pick) % 13) - ((b * 7919 + pick) % 13));
        for (const k of order) {
          store.getState().stepTo(k);
          expect(shown(await settled(store))).toEqual(expected[k - 1]);
        }

        // A share link taken at step k, opened in a fresh page.
        const k = 1 + (pick % events.length);
        store.getState().stepTo(k);
        await settled(store);
        const decoded = decodeShareFragment(encodeShareFragment(captureShareState(store.getState())));
        expect(decoded.ok).toBe(true);
        const other = createPlaygroundStore();
        restoreShareState(decoded.ok ? decoded.state : captureShareState(store.getState()), other);
        const reopened = await settled(other);
        expect(reopened.cursor).toBe(k);
        expect(shown(reopened)).toEqual(expected[k - 1]);
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('Reset cluster and the step before any event show no change; a toolbar edit recomputes the step on the new files', async () => {
    const store = createPlaygroundStore();
    await settled(store);
    const echo = (await settled(store)).report!.pods.find((p) => p.labels.app === 'echo' && p.node === 'mnode-m03')!.key;
    store.getState().dispatch({ type: 'pod.delete', pod: echo });
    let state = await settled(store);
    expect(messages(state.lastChanges)).toEqual([expect.stringMatching(/^moved default\/client → default\/echo-svc:80: moved from /)]);

    // The files now say PreferSameNode: the client already stays on its node, so deleting the other pod moves nothing.
    const change = editServiceSpec(store.getState().files, 'default/echo-svc', 'trafficDistribution', 'PreferSameNode')!;
    store.getState().applyFileChange(change);
    state = await settled(store);
    expect(state.lastChanges).toEqual([]);
    expect(state.lastChanges).toEqual(
      analyzeFiles(state.files, { timeline: { events: state.timeline, now: state.now } }).live!.step!.changes,
    );

    store.getState().stepTo(0);
    expect((await settled(store)).lastChanges).toEqual([]);
    store.getState().stepTo(1);
    await settled(store);
    store.getState().resetCluster();
    state = await settled(store);
    expect(state.lastChanges).toEqual([]);
    expect(state.report!.live).toBeUndefined();
  });
});
