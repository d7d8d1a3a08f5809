import { describe, expect, it } from 'vitest';
import { simulateCluster, type ClusterEvent } from '../../../src/engine/events';
import { keyOf, type ClusterState, type Pod } from '../../../src/engine/model';
import { at, fourNodes, seedDemo } from './clusters';

const live = (base: ClusterState, event: ClusterEvent, now = 0) => simulateCluster(base, [at(0, event)], now);
const web = (pods: Pod[]) => pods.filter((p) => p.metadata.labels.app === 'web');
const terminating = (pods: Pod[]) => pods.filter((p) => p.metadata.deletionTimestamp !== undefined).map((p) => p.metadata.name);
const on = (pods: Pod[], node: string) => pods.filter((p) => p.spec.nodeName === node);

describe('each event, right after it happens (t = 0)', () => {
  const base = fourNodes(4);
  const before = simulateCluster(base, [], 0).cluster;
  const podOnC = on(web(before.pods), 'c')[0]!;

  const table: { event: ClusterEvent; check: (c: ClusterState, log: string[]) => void }[] = [
    {
      event: { type: 'node.cordon', node: 'a' },
      check: (c) => expect(c.nodes.find((n) => n.metadata.name === 'a')!.unschedulable).toBe(true),
    },
    {
      event: { type: 'node.uncordon', node: 'a' },
      check: (c, log) => {
        expect(c.nodes.find((n) => n.metadata.name === 'a')!.unschedulable).toBe(false);
        expect(log).toContain('node/a already uncordoned');
      },
    },
    {
      event: { type: 'node.notReady', node: 'c' },
      check: (c) => {
        expect(c.nodes.find((n) => n.metadata.name === 'c')!.ready).toBe(false);
        expect(on(c.pods, 'c').every((p) => !p.status.ready)).toBe(true);
        expect(on(c.pods, 'd').every((p) => p.status.ready)).toBe(true);
      },
    },
    {
      event: { type: 'zone.outage', zone: 'zone-b' },
      check: (c) => {
        expect(c.nodes.filter((n) => !n.ready).map((n) => n.metadata.name)).toEqual(['c', 'd']);
        expect([...on(c.pods, 'c'), ...on(c.pods, 'd')].some((p) => p.status.ready)).toBe(false);
      },
    },
    {
      event: { type: 'node.delete', node: 'c' },
      check: (c, log) => {
        expect(c.nodes.map((n) => n.metadata.name)).toEqual(['a', 'b', 'd']);
        expect(c.pods.some((p) => keyOf(p.metadata) === keyOf(podOnC.metadata))).toBe(false);
        expect(web(c.pods).filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(4);
        expect(log.some((l) => l.startsWith('PodGC'))).toBe(true);
      },
    },
    {
      event: { type: 'node.drain', node: 'c' },
      check: (c) => {
        expect(c.nodes.find((n) => n.metadata.name === 'c')!.unschedulable).toBe(true);
        expect(terminating(c.pods)).toEqual([podOnC.metadata.name]);
        const replacement = web(c.pods).filter((p) => !before.pods.some((b) => b.metadata.name === p.metadata.name));
        expect(replacement).toHaveLength(1);
        expect(replacement[0]!.spec.nodeName).not.toBe('c');
        expect(replacement[0]!.status.ready).toBe(false);
      },
    },
    {
      event: { type: 'node.drain', node: 'a' },
      check: (c, log) => {
        // kubectl refuses: the client pod has no controller; the node stays cordoned.
        expect(c.nodes.find((n) => n.metadata.name === 'a')!.unschedulable).toBe(true);
        expect(terminating(c.pods)).toEqual([]);
        expect(log.some((l) => l.includes('cannot delete Pods that declare no controller (use --force to override): default/client'))).toBe(
          true,
        );
      },
    },
    {
      event: { type: 'node.drain', node: 'a', force: true },
      check: (c) => expect(terminating(c.pods).sort()).toEqual(['client', ...on(web(before.pods), 'a').map((p) => p.metadata.name)].sort()),
    },
    {
      event: { type: 'pod.notReady', pod: keyOf(podOnC.metadata) },
      check: (c) => expect(c.pods.find((p) => p.metadata.name === podOnC.metadata.name)!.status.ready).toBe(false),
    },
    {
      event: { type: 'pod.crashLoop', pod: keyOf(podOnC.metadata) },
      check: (c) => {
        const pod = c.pods.find((p) => p.metadata.name === podOnC.metadata.name)!;
        expect(pod.status.ready).toBe(false);
        expect(pod.status.phase).toBe('Running');
      },
    },
    {
      event: { type: 'pod.delete', pod: keyOf(podOnC.metadata) },
      check: (c) => {
        const pod = c.pods.find((p) => p.metadata.name === podOnC.metadata.name)!;
        // Terminating but still Ready: a serving-terminating endpoint.
        expect(pod.metadata.deletionTimestamp).toBe('2025-01-01T00:00:00Z');
        expect(pod.status.ready).toBe(true);
        expect(web(c.pods)).toHaveLength(5);
      },
    },
    {
      event: { type: 'pod.delete', pod: keyOf(podOnC.metadata), gracePeriodSeconds: 0 },
      check: (c) => expect(web(c.pods)).toHaveLength(4),
    },
    {
      event: { type: 'deployment.scale', deployment: 'default/web', replicas: 6 },
      check: (c) => {
        expect(c.deployments[0]!.replicas).toBe(6);
        expect(web(c.pods)).toHaveLength(6);
        expect(web(c.pods).filter((p) => !p.status.ready)).toHaveLength(2);
      },
    },
    {
      event: { type: 'deployment.scale', deployment: 'web', replicas: 1 },
      check: (c) => {
        expect(web(c.pods).filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(1);
        expect(terminating(c.pods)).toHaveLength(3);
      },
    },
    {
      event: {
        type: 'service.patch',
        service: 'default/web',
        patch: { spec: { trafficDistribution: 'PreferSameZone', selector: { app: 'other' } } },
      },
      check: (c) => {
        expect(c.services[0]!.trafficDistribution).toBe('PreferSameZone');
        expect(c.services[0]!.selector).toEqual({ app: 'other' });
        expect(c.services[0]!.clusterIP).toBe(base.services[0]!.clusterIP);
      },
    },
    {
      event: { type: 'object.label', kind: 'Node', name: 'a', labels: { 'topology.kubernetes.io/zone': 'zone-c', extra: 'x' } },
      check: (c) => {
        const node = c.nodes.find((n) => n.metadata.name === 'a')!;
        expect(node.zone).toBe('zone-c');
        expect(node.metadata.labels.extra).toBe('x');
      },
    },
    {
      event: { type: 'object.label', kind: 'Pod', name: keyOf(podOnC.metadata), labels: { app: null } },
      check: (c) => {
        // Out of the ReplicaSet's selector: released, and a replacement is created.
        expect(c.pods.find((p) => p.metadata.name === podOnC.metadata.name)!.metadata.labels.app).toBeUndefined();
        expect(web(c.pods)).toHaveLength(4);
      },
    },
    {
      event: {
        type: 'apply',
        file: 'extra.yaml',
        text: 'apiVersion: v1\nkind: Node\nmetadata:\n  name: e\n  labels:\n    topology.kubernetes.io/zone: zone-c\n',
      },
      check: (c, log) => {
        expect(c.nodes.map((n) => n.metadata.name)).toContain('e');
        expect(log).toContain('node/e created');
      },
    },
  ];

  it.each(table.map((row) => [JSON.stringify(row.event), row] as const))('%s', (_, row) => {
    const result = live(base, row.event);
    row.check(
      result.cluster,
      result.log.map((l) => l.message),
    );
  });

  it('keeps the names of the pods the files make the Deployment create', () => {
    const result = live(base, { type: 'node.cordon', node: 'a' });
    expect(web(result.cluster.pods).map((p) => p.metadata.name)).toEqual(web(before.pods).map((p) => p.metadata.name));
  });

  it('warns, in kubectl words, about events on objects that do not exist, and changes nothing', () => {
    const rows: [ClusterEvent, string][] = [
      [{ type: 'node.cordon', node: 'x' }, 'nodes "x" not found'],
      [{ type: 'pod.delete', pod: 'default/x' }, 'pods "x" not found'],
      [{ type: 'deployment.scale', deployment: 'x', replicas: 1 }, 'deployments.apps "x" not found'],
      [{ type: 'deployment.scale', deployment: 'web', replicas: -1 }, 'spec.replicas: Invalid value: -1'],
      [{ type: 'service.patch', service: 'web', patch: { spec: { type: 'Bogus' } } }, 'The Service "web" is invalid'],
      [{ type: 'zone.outage', zone: 'zone-x' }, 'no node carries topology.kubernetes.io/zone=zone-x'],
      [
        {
          type: 'deployment.patch',
          deployment: 'web',
          patch: { spec: { selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } } } } },
        },
        'The Deployment "web" is invalid: spec.selector: Invalid value: field is immutable',
      ],
      [
        { type: 'deployment.patch', deployment: 'web', patch: { spec: { selector: { matchLabels: { app: 'x' } } } } },
        'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value',
      ],
    ];
    for (const [event, message] of rows) {
      const result = live(base, event);
      expect(result.diagnostics.map((d) => d.message).join('\n')).toContain(message);
      expect(result.diagnostics.every((d) => d.severity === 'warning' && d.file === '(timeline)')).toBe(true);
      expect(web(result.cluster.pods).map((p) => p.metadata.name)).toEqual(web(before.pods).map((p) => p.metadata.name));
    }
  });

  it('rolls a template change out with the default 25% maxSurge: one new pod first, old ones still serving', () => {
    const result = live(base, {
      type: 'deployment.patch',
      deployment: 'web',
      patch: { spec: { template: { spec: { nodeSelector: { 'topology.kubernetes.io/zone': 'zone-b' } } } } },
    });
    const pods = web(result.cluster.pods);
    const hashes = new Set(pods.map((p) => p.metadata.labels['pod-template-hash']));
    expect(hashes.size).toBe(2);
    const fresh = pods.filter((p) => !before.pods.some((b) => b.metadata.name === p.metadata.name));
    expect(fresh.every((p) => p.spec.nodeName === 'c' || p.spec.nodeName === 'd')).toBe(true);
    // maxSurge 1, maxUnavailable 1 (4 replicas): 5 pods at most, one old one already terminating.
    expect(pods.filter((p) => !p.metadata.deletionTimestamp).length).toBeLessThanOrEqual(5);
    expect(terminating(pods)).toHaveLength(1);
  });

  it('on the seed demo a drain of mnode-m03 moves its echo pod to mnode-m02 (the only other worker)', () => {
    const result = live(seedDemo(), { type: 'node.drain', node: 'mnode-m03' });
    const echo = result.cluster.pods.filter((p) => p.metadata.labels.app === 'echo' && !p.metadata.deletionTimestamp);
    expect(echo.map((p) => p.spec.nodeName)).toEqual(['mnode-m02', 'mnode-m02']);
  });
});
