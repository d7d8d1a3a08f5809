import { describe, expect, it } from 'vitest';
import { analyzeCluster } from '../../../src/engine/analyze';
import { analyzeLive, type ClusterEvent } from '../../../src/engine/events';
import { schedulePods } from '../../../src/engine/scheduler/schedulePods';
import { at, seedDemo } from './clusters';

const base = seedDemo();
const live = (events: ClusterEvent[], now: number) =>
  analyzeLive(base, { events: events.map((e, i) => at(i === 0 ? 0 : 10, e, `event ${i + 1}`)), now }, [], (cluster, d) =>
    analyzeCluster(cluster, { from: 'default/client' }, d),
  ).live!;

describe('report.live.step', () => {
  const onM03 = schedulePods(base).pods.find((p) => p.metadata.labels.app === 'echo' && p.spec.nodeName === 'mnode-m03')!;
  const deleteIt: ClusterEvent = { type: 'pod.delete', pod: `default/${onM03.metadata.name}` };

  it('is the diff of the cluster just before and just after the last event, at its moment', () => {
    const step = live([deleteIt], 0).step!;
    expect(step).toMatchObject({ index: 1, label: 'event 1', at: 0 });
    expect(step.changes.map((c) => c.message)).toEqual([
      expect.stringMatching(/^default\/client → default\/echo-svc:80: moved from .*@mnode-m03 50%.* to echo-\S+@mnode-m02 100%$/),
    ]);
    expect(step.since).toBeUndefined();
    // What the controllers did because of it: the old pod Terminating, a new one from the ReplicaSet.
    expect(step.log.map((l) => l.message)).toEqual([
      expect.stringMatching(new RegExp(`^pod "${onM03.metadata.name}" deleted: pod default/${onM03.metadata.name} Terminating`)),
      expect.stringMatching(/^ReplicaSet echo-\w+: created pod default\/echo-\w+-\w{5}$/),
      expect.stringMatching(/^Scheduled: successfully assigned default\/echo-\w+-\w{5} to mnode-m0[23]$/),
    ]);
  });

  it('keeps the step’s changes while time flows, and says apart what time changed since', () => {
    const step = live([deleteIt], 60).step!;
    expect(step.changes).toEqual(live([deleteIt], 0).step!.changes);
    expect(step.log).toEqual(live([deleteIt], 0).step!.log);
    // The replacement got Ready 5 s later: the client spreads over two pods again.
    expect(step.since?.now).toBe(60);
    expect(step.since?.changes.map((c) => c.kind)).toEqual(['moved']);
  });

  it('describes only the last event: an earlier one is part of "before"', () => {
    const cordon: ClusterEvent = { type: 'node.cordon', node: 'mnode-m02' };
    expect(live([deleteIt, cordon], 10).step).toMatchObject({ index: 2, at: 10, changes: [] });
  });
});
