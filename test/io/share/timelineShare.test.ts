import { describe, expect, it } from 'vitest';
import { checkClusterEvent, checkTimeline } from '../../../src/io/share/validateTimeline';
import { captureShareState, decodeShareFragment, encodeShareFragment, restoreShareState } from '../../../src/io/share/shareState';
import { createPlaygroundStore } from '../../../src/state';

const withoutIds = (timeline: unknown[] | undefined) => (timeline ?? []).map((e) => ({ ...(e as object), id: undefined }));

describe('timeline in share links', () => {
  it('round-trips the events and the cursor through a link into a fresh store', async () => {
    const store = createPlaygroundStore();
    store.getState().dispatch({ type: 'node.cordon', node: 'mnode-m03' });
    store.getState().advance(30);
    store
      .getState()
      .dispatch({ type: 'service.patch', service: 'default/echo-svc', patch: { spec: { trafficDistribution: 'PreferSameNode' } } });
    store.getState().dispatch({ type: 'deployment.scale', deployment: 'default/echo', replicas: 3 });
    store.getState().stepTo(2);
    await store.getState().whenAnalysed();
    const shared = captureShareState(store.getState());
    expect(shared.timeline).toHaveLength(3);
    expect(shared.cursor).toBe(2);

    const decoded = decodeShareFragment(encodeShareFragment(shared));
    expect(decoded.ok).toBe(true);
    const other = createPlaygroundStore();
    restoreShareState(decoded.ok ? decoded.state : shared, other);
    await other.getState().whenAnalysed();
    const again = captureShareState(other.getState());
    expect(withoutIds(again.timeline)).toEqual(withoutIds(shared.timeline));
    expect(again.cursor).toBe(2);
    expect({ ...again, timeline: undefined }).toEqual({ ...shared, timeline: undefined });
  });

  it('keeps the workload events and drain --ignore-daemonsets, refusing other kinds', () => {
    const scale = { type: 'workload.scale', kind: 'StatefulSet', name: 'default/db', replicas: 2 };
    expect(checkClusterEvent(scale)).toEqual(scale);
    expect(checkClusterEvent({ ...scale, kind: 'Pod' })).toBeNull();
    expect(checkClusterEvent({ type: 'workload.restart', kind: 'DaemonSet', name: 'default/agent' })).toEqual({
      type: 'workload.restart',
      kind: 'DaemonSet',
      name: 'default/agent',
    });
    expect(checkClusterEvent({ type: 'node.drain', node: 'a', ignoreDaemonSets: true })).toEqual({
      type: 'node.drain',
      node: 'a',
      ignoreDaemonSets: true,
    });
    expect(checkClusterEvent({ type: 'node.drain', node: 'a', ignoreDaemonSets: 'yes' })).toBeNull();
  });

  it('refuses events it does not know and strips prototype keys from patches', () => {
    expect(checkClusterEvent({ type: 'node.explode', node: 'a' })).toBeNull();
    expect(checkClusterEvent({ type: 'deployment.scale', deployment: 'd', replicas: -1 })).toBeNull();
    expect(checkClusterEvent({ type: 'node.cordon', node: 'a', extra: '<script>' })).toEqual({ type: 'node.cordon', node: 'a' });
    const patch = JSON.parse('{"type":"service.patch","service":"s","patch":{"__proto__":{"polluted":1},"spec":{"type":"NodePort"}}}');
    expect(checkClusterEvent(patch)).toEqual({ type: 'service.patch', service: 's', patch: { spec: { type: 'NodePort' } } });
    expect(
      checkTimeline([
        { id: 'a', at: 5, label: 'x', event: { type: 'node.ready', node: 'n' } },
        { id: 'b', at: 1, label: 'y', event: { type: 'node.ready', node: 'n' } },
      ]),
    ).toBeNull();
  });
});

describe('guided tours in share links', () => {
  it('a state taken during a tour reopens the tour at its step', async () => {
    const store = createPlaygroundStore();
    await store.getState().startTour('seed-demo', 1);
    const shared = captureShareState(store.getState());
    expect(shared.scenario).toEqual({ id: 'seed-demo', step: 1 });
    const decoded = decodeShareFragment(encodeShareFragment(shared));
    const other = createPlaygroundStore();
    restoreShareState(decoded.ok ? decoded.state : shared, other);
    await other.getState().whenAnalysed();
    await expect.poll(() => other.getState().tour?.step).toBe(1);
    expect(other.getState().tour?.scenario).toBe('seed-demo');
  });

  it('a state taken after the step ran reopens the step performed, with its cluster event in effect', async () => {
    const store = createPlaygroundStore();
    await store.getState().startTour('seed-demo', 1);
    await store.getState().performTourStep();
    const shared = captureShareState(store.getState());
    expect(shared.scenario).toEqual({ id: 'seed-demo', step: 1, performed: true });
    expect(shared.timeline).toHaveLength(1);
    const decoded = decodeShareFragment(encodeShareFragment(shared));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.state.scenario).toEqual({ id: 'seed-demo', step: 1, performed: true });

    const other = createPlaygroundStore();
    restoreShareState(decoded.state, other);
    await expect.poll(() => other.getState().tour?.performed).toBe(true);
    await other.getState().whenAnalysed();
    expect(withoutIds(other.getState().timeline)).toEqual(withoutIds(shared.timeline));
    const route = other.getState().report!.routes.find((r) => r.from === 'default/client')!;
    expect(route.endpoints.map((e) => [e.node, e.weight])).toEqual([['mnode-m02', 1]]);
  });
});
