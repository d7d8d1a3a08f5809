import { describe, expect, it } from 'vitest';
import { analyzeCluster } from '../../../src/engine/analyze';
import { describeDrift, diffReports, simulateCluster, type ClusterEvent } from '../../../src/engine/events';
import { at, seedDemo } from './clusters';

const base = seedDemo();
const liveAfter = (events: ClusterEvent[], now = 0) =>
  simulateCluster(
    base,
    events.map((e) => at(0, e)),
    now,
  ).cluster;

describe('describeDrift', () => {
  it('finds nothing when no event happened', () => {
    expect(describeDrift(base, simulateCluster(base, [], 100).cluster)).toEqual([]);
  });

  it('names the fields an event changed, per object', () => {
    const drift = describeDrift(
      base,
      liveAfter([
        { type: 'node.cordon', node: 'mnode-m02' },
        { type: 'service.patch', service: 'echo-svc', patch: { spec: { trafficDistribution: 'PreferSameZone' } } },
      ]),
    );
    expect(drift).toEqual([
      { kind: 'Node', key: 'mnode-m02', change: 'modified', fields: ['spec.unschedulable'] },
      { kind: 'Service', key: 'default/echo-svc', change: 'modified', fields: ['spec.trafficDistribution'] },
    ]);
  });

  it('lists pods created, deleted and modified by a drain, and the Deployment scaled', () => {
    const live = liveAfter(
      [
        { type: 'node.drain', node: 'mnode-m03' },
        { type: 'deployment.scale', deployment: 'echo', replicas: 3 },
      ],
      60,
    );
    const drift = describeDrift(base, live);
    expect(
      drift
        .filter((d) => d.kind === 'Pod')
        .map((d) => d.change)
        .sort(),
    ).toEqual(['created', 'created', 'deleted']);
    expect(drift).toContainEqual({ kind: 'Node', key: 'mnode-m03', change: 'modified', fields: ['spec.unschedulable'] });
    expect(drift).toContainEqual({ kind: 'Deployment', key: 'default/echo', change: 'modified', fields: ['spec.replicas'] });
  });
});

describe('diffReports', () => {
  const report = (events: ClusterEvent[], now = 0) => analyzeCluster(liveAfter(events, now), { from: 'default/client' });

  it('reports nothing for the same cluster analysed twice', () => {
    expect(diffReports(report([]), report([]))).toEqual([]);
  });

  it('says where the client moved when PreferSameNode keeps it on its node', () => {
    const before = report([]);
    const after = report([{ type: 'service.patch', service: 'echo-svc', patch: { spec: { trafficDistribution: 'PreferSameNode' } } }]);
    const [change, ...rest] = diffReports(before, after);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ from: 'default/client', service: 'default/echo-svc', port: 80, kind: 'moved' });
    expect(change!.after!.endpoints).toHaveLength(1);
    expect(change!.after!.endpoints[0]).toMatchObject({ node: 'mnode-m02', weight: 1 });
    expect(change!.message).toMatch(
      /^default\/client → default\/echo-svc:80: moved from echo-\S+@mnode-m02 50%, echo-\S+@mnode-m03 50% to echo-\S+@mnode-m02 100%$/,
    );
  });

  it('says when the client starts being dropped, and when it is forwarded again', () => {
    const local = { type: 'service.patch', service: 'echo-svc', patch: { spec: { internalTrafficPolicy: 'Local' } } } as const;
    const echoOnM02 = report([]).pods.find((p) => p.labels.app === 'echo' && p.node === 'mnode-m02')!.key;
    const withLocal = report([local]);
    const dropped = report([
      local,
      { type: 'node.cordon', node: 'mnode-m02' },
      { type: 'pod.delete', pod: echoOnM02, gracePeriodSeconds: 0 },
    ]);
    const [change] = diffReports(withLocal, dropped);
    expect(change).toMatchObject({ kind: 'dropped', after: { verdict: 'drop', endpoints: [] } });
    expect(change!.message).toContain('now dropped');
    expect(diffReports(dropped, withLocal)[0]).toMatchObject({ kind: 'restored' });
  });
});
