import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/scenarios/examples';
import { createPlaygroundStore } from '../../src/state';

async function readyStore() {
  const store = createPlaygroundStore();
  await store.getState().whenAnalysed();
  return store;
}

type Store = Awaited<ReturnType<typeof readyStore>>;

const echoNodes = (store: Store) =>
  store
    .getState()
    .report!.pods.filter((p) => p.labels.app === 'echo' && !p.terminating)
    .map((p) => p.node)
    .sort();

const settle = async (store: Store) => {
  await store.getState().whenAnalysed();
  return store.getState();
};

describe('timeline slice', () => {
  it('a drain dispatched from the store moves the echo pod, records the step and the drift, and leaves the files alone', async () => {
    const store = await readyStore();
    const files = store.getState().files;
    expect(echoNodes(store)).toEqual(['mnode-m02', 'mnode-m03']);

    store.getState().dispatch({ type: 'node.drain', node: 'mnode-m03' });
    const state = await settle(store);
    expect(state.timeline.map((e) => e.label)).toEqual(['kubectl drain mnode-m03']);
    expect(state.cursor).toBe(1);
    expect(echoNodes(store)).toEqual(['mnode-m02', 'mnode-m02']);
    expect(state.report!.pods.filter((p) => p.terminating).map((p) => p.node)).toEqual(['mnode-m03']);
    expect(state.drift).toContainEqual({ kind: 'Node', key: 'mnode-m03', change: 'modified', fields: ['spec.unschedulable'] });
    expect(state.files).toBe(files);
    expect(state.report!.live).toMatchObject({ now: 0, events: 1, nextChangeAt: 5 });
  });

  it('undo, redo and stepTo show the cluster at that point; a dispatch after undo drops the redo tail', async () => {
    const store = await readyStore();
    store.getState().dispatch({ type: 'node.cordon', node: 'mnode-m02' });
    store.getState().dispatch({ type: 'deployment.scale', deployment: 'default/echo', replicas: 4 });
    await settle(store);
    expect(echoNodes(store)).toEqual(['mnode-m02', 'mnode-m03', 'mnode-m03', 'mnode-m03']);

    store.getState().undo();
    let state = await settle(store);
    expect(state.cursor).toBe(1);
    expect(echoNodes(store)).toEqual(['mnode-m02', 'mnode-m03']);
    // The scaled-up pods were not Ready yet at t = 0, so stepping back moves no client.
    expect(state.lastChanges).toEqual([]);

    store.getState().redo();
    state = await settle(store);
    expect(state.cursor).toBe(2);
    expect(echoNodes(store)).toHaveLength(4);

    store.getState().stepTo(0);
    state = await settle(store);
    expect(state.report!.live).toBeUndefined();
    expect(state.drift).toEqual([]);

    store.getState().redo();
    store.getState().dispatch({ type: 'deployment.scale', deployment: 'default/echo', replicas: 1 });
    state = await settle(store);
    expect(state.timeline.map((e) => e.event.type)).toEqual(['node.cordon', 'deployment.scale']);
    expect(state.timeline[1]!.label).toBe('kubectl scale deployment echo --replicas=1');
  });

  it('a step records which clients moved, and advancing time re-analyses only when something is due', async () => {
    const store = await readyStore();
    store
      .getState()
      .dispatch({ type: 'service.patch', service: 'default/echo-svc', patch: { spec: { trafficDistribution: 'PreferSameNode' } } });
    let state = await settle(store);
    expect(state.lastChanges).toHaveLength(1);
    expect(state.lastChanges[0]).toMatchObject({ from: 'default/client', kind: 'moved' });

    const echoOnM02 = state.report!.pods.find((p) => p.labels.app === 'echo' && p.node === 'mnode-m02')!.key;
    store.getState().dispatch({ type: 'pod.delete', pod: echoOnM02 });
    state = await settle(store);
    const terminating = state.report!.routes.find((r) => r.from === 'default/client')!.endpoints;
    // The deleted pod is Terminating but still serving; its replacement is not Ready yet.
    expect(
      state.report!.endpointSlices.flatMap((s) => s.endpoints).find((e) => e.targetRef?.name === echoOnM02.split('/')[1])!.conditions,
    ).toEqual({
      ready: false,
      serving: true,
      terminating: true,
    });
    expect(terminating.length).toBeGreaterThan(0);

    const report = state.report;
    store.getState().advance(1);
    state = await settle(store);
    expect(state.now).toBe(1);
    expect(state.report).toBe(report);

    store.getState().advance(40);
    state = await settle(store);
    expect(state.report).not.toBe(report);
    expect(state.report!.live!.now).toBe(41);
    expect(state.report!.pods.some((p) => p.terminating)).toBe(false);
  });

  it('resetCluster forgets every event; play and speed are plain settings', async () => {
    const store = await readyStore();
    store.getState().dispatch({ type: 'zone.outage', zone: 'zone-b' });
    store.getState().setPlaying(true);
    store.getState().setSpeed(5);
    store.getState().setSpeed(-1);
    expect(store.getState()).toMatchObject({ playing: true, speed: 5 });
    store.getState().resetCluster();
    const state = await settle(store);
    expect(state).toMatchObject({ timeline: [], cursor: 0, now: 0, playing: false, drift: [], lastChanges: [] });
    expect(state.report!.nodes.every((n) => n.ready)).toBe(true);
  });

  it('loading an example starts a fresh cluster: the events of the old workspace are forgotten', async () => {
    const store = await readyStore();
    store.getState().dispatch({ type: 'node.drain', node: 'mnode-m03' });
    store.getState().advance(20);
    store.getState().setPlaying(true);
    expect(store.getState().timeline).toHaveLength(1);
    const example = EXAMPLES.find((e) => e.id !== 'seed-demo')!;
    store.getState().loadExample(example);
    const state = await settle(store);
    expect(state).toMatchObject({ timeline: [], cursor: 0, now: 0, playing: false, drift: [], lastChanges: [] });
    expect(state.files.map((f) => f.name)).toEqual(example.files.map((f) => f.name));
    expect(state.report!.live).toBeUndefined();
    expect(state.report!.nodes.every((n) => n.schedulable)).toBe(true);
  });
});
