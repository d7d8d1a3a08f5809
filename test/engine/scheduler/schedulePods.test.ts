import { describe, expect, it } from 'vitest';
import { schedulePods } from '../../../src/engine/scheduler/schedulePods';
import { cluster, deployment, node, pod, seedNodes, service } from './fixtures';

const seedCluster = (version: '1.33' | '1.34' | '1.35' = '1.34') =>
  cluster({
    nodes: seedNodes(),
    pods: [pod('client', { nodeSelector: { 'topology.kubernetes.io/zone': 'zone-a' }, file: 'client.yaml' })],
    deployments: [deployment('echo', 2, { file: 'echo-pod.yaml' })],
    services: [service('echo-svc', { app: 'echo' })],
    version,
  });

describe('schedulePods output', () => {
  it('returns user pods and generated replicas in input order', () => {
    const c = cluster({
      nodes: [node('n1')],
      pods: [pod('first', { file: 'app.yaml', line: 1 }), pod('last', { file: 'app.yaml', line: 40 })],
      deployments: [deployment('web', 2, { file: 'app.yaml', line: 10 })],
    });
    const names = schedulePods(c).pods.map((p) => p.owner?.name ?? p.metadata.name);
    expect(names).toEqual(['first', 'web', 'web', 'last']);
  });

  it('gives generated pods the template labels plus pod-template-hash, an owner and the Deployment’s source', () => {
    const echo = deployment('echo', 2, { labels: { app: 'echo', tier: 'web' } });
    const { pods } = schedulePods(cluster({ nodes: [node('n1')], deployments: [echo] }));
    for (const p of pods) {
      const hash = p.metadata.labels['pod-template-hash']!;
      expect(p.metadata.labels).toEqual({ app: 'echo', tier: 'web', 'pod-template-hash': hash });
      expect(p.metadata.name.startsWith(`echo-${hash}-`)).toBe(true);
      expect(p.owner).toEqual({ kind: 'Deployment', name: 'echo' });
      expect(p.source).toBe(echo.source);
      expect(p.status).toMatchObject({ phase: 'Running', ready: true });
    }
    expect(new Set(pods.map((p) => p.metadata.name)).size).toBe(2);
  });

  it('is deterministic: the same cluster twice gives identical names, nodes and IPs', () => {
    const c = seedCluster();
    const a = schedulePods(c);
    expect(schedulePods(c)).toEqual(a);
    // Built anew (other SourceRef closures): the same JSON.
    expect(JSON.stringify(schedulePods(seedCluster()))).toBe(JSON.stringify(a));
    const other = deployment('echo', 2, { file: 'echo-pod.yaml', labels: { app: 'echo', v: '2' } });
    const changed = schedulePods({ ...seedCluster(), deployments: [other] });
    expect(changed.pods[1]!.metadata.name).not.toBe(a.pods[1]!.metadata.name);
  });

  it('keeps bound pods as given (the same objects when nothing changes)', () => {
    const bound = pod('b', { nodeName: 'n1', podIPs: ['10.1.1.1'] });
    const { pods, diagnostics } = schedulePods(cluster({ nodes: [node('n1')], pods: [bound] }));
    expect(pods[0]).toBe(bound);
    expect(diagnostics).toEqual([]);
  });

  it('warns about a nodeName that names no Node and keeps the pod', () => {
    const orphan = pod('o', { nodeName: 'gone', podIPs: ['10.1.1.1'] });
    const { pods, diagnostics } = schedulePods(cluster({ nodes: [node('n1')], pods: [orphan] }));
    expect(pods[0]).toBe(orphan);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', path: 'spec.nodeName', object: 'Pod default/o' });
    expect(diagnostics[0]!.message).toContain('no Node "gone" exists');
  });

  it('leaves terminated and deleting pods unscheduled', () => {
    const done = pod('done', { phase: 'Succeeded' });
    const deleting = pod('deleting', { deleting: true });
    const { pods } = schedulePods(cluster({ nodes: [node('n1')], pods: [done, deleting] }));
    expect(pods).toEqual([done, deleting]);
  });

  it('sets phase Running on placement but keeps a phase the user gave', () => {
    const { pods } = schedulePods(cluster({ nodes: [node('n1')], pods: [pod('p'), pod('u', { phase: 'Unknown' })] }));
    expect(pods.map((p) => p.status.phase)).toEqual(['Running', 'Unknown']);
    expect(pods.map((p) => p.spec.nodeName)).toEqual(['n1', 'n1']);
  });

  it('counts existing pods with a pod-template-hash as the Deployment’s replicas (cluster dumps)', () => {
    const dumped = [0, 1].map((i) =>
      pod(`web-abc-${i}`, { labels: { app: 'web', 'pod-template-hash': 'abc' }, nodeName: 'n1', podIPs: [`10.1.0.${i + 1}`] }),
    );
    const bare = pod('bare', { labels: { app: 'web' }, nodeName: 'n1', podIPs: ['10.1.0.9'] });
    const { pods, diagnostics } = schedulePods(
      cluster({ nodes: [node('n1')], pods: [...dumped, bare], deployments: [deployment('web', 3)] }),
    );
    expect(pods.filter((p) => p.owner)).toHaveLength(1);
    expect(diagnostics.find((d) => d.object === 'Deployment default/web')!.message).toContain('2 existing pod(s)');
  });
});

describe('Pending pods', () => {
  it('say why in the scheduler’s words and get a warning at spec.nodeSelector', () => {
    const c = seedCluster('1.33');
    c.pods = [pod('lost', { nodeSelector: { 'topology.kubernetes.io/zone': 'zone-c' } })];
    const { pods, diagnostics } = schedulePods(c);
    const lost = pods.find((p) => p.metadata.name === 'lost')!;
    const reason =
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. " +
      'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';
    expect(lost.pendingReason).toBe(reason);
    expect(lost.spec.nodeName).toBeUndefined();
    expect(lost.status).toEqual({ phase: 'Pending', podIPs: [], ready: false });
    const warning = diagnostics.find((d) => d.severity === 'warning')!;
    expect(warning).toMatchObject({ path: 'spec.nodeSelector', object: 'Pod default/lost' });
    expect(warning.message).toBe(`Pod default/lost is Pending (FailedScheduling): ${reason}`);
  });

  it('use the version’s wording (1.35 hides taint values)', () => {
    const c = seedCluster('1.35');
    c.deployments = [deployment('echo', 2, { tolerations: [], nodeSelector: { 'topology.kubernetes.io/zone': 'zone-c' } })];
    const { pods, diagnostics } = schedulePods(c);
    const stuck = pods.filter((p) => p.owner);
    expect(stuck.every((p) => p.status.phase === 'Pending' && p.status.podIPs.length === 0)).toBe(true);
    expect(stuck[0]!.pendingReason).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 node(s) didn't match Pod's node affinity/selector. " +
        'no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ path: 'spec.template.spec.nodeSelector', object: 'Deployment default/echo' });
  });

  it('point at spec.tolerations when taints are what stops them', () => {
    const c = cluster({ nodes: [node('a', { taints: [{ key: 'x', effect: 'NoSchedule' }] })], pods: [pod('p')] });
    expect(schedulePods(c).diagnostics[0]!.path).toBe('spec.tolerations');
  });

  it('say "no nodes available" in a cluster without nodes', () => {
    const { pods } = schedulePods(cluster({ pods: [pod('p')] }));
    expect(pods[0]!.pendingReason).toBe('no nodes available to schedule pods');
  });
});

describe('pod IPs', () => {
  it('come from the node’s pod CIDR in order, with one info per user pod and none for generated pods', () => {
    const { pods, diagnostics } = schedulePods(seedCluster());
    const ips = Object.fromEntries(pods.map((p) => [p.owner ? `${p.spec.nodeName}/echo` : p.metadata.name, p.status.podIPs]));
    expect(ips).toEqual({ client: ['10.244.1.2'], 'mnode-m02/echo': ['10.244.1.3'], 'mnode-m03/echo': ['10.244.2.2'] });
    const infos = diagnostics.filter((d) => d.severity === 'info');
    expect(infos).toHaveLength(1);
    expect(infos[0]).toMatchObject({ object: 'Pod default/client', file: 'client.yaml' });
    expect(infos[0]!.message).toContain('10.244.1.2');
    expect(infos[0]!.message).toContain('10.244.1.0/24');
  });

  it('skip addresses users gave and keep given ones', () => {
    const given = pod('given', { nodeName: 'n1', podIPs: ['10.244.0.2'] });
    const { pods } = schedulePods(cluster({ nodes: [node('n1')], pods: [given, pod('new')] }));
    expect(pods.map((p) => p.status.podIPs)).toEqual([['10.244.0.2'], ['10.244.0.3']]);
  });
});

describe('NotReady nodes (MarkPodsNotReady)', () => {
  it('mark their pods not ready, with one info per node', () => {
    const nodes = [node('up'), node('down', { ready: false })];
    const boundDown = [pod('d1', { nodeName: 'down', podIPs: ['10.0.0.1'] }), pod('d2', { nodeName: 'down', podIPs: ['10.0.0.2'] })];
    const tolerant = deployment('tolerant', 1, {
      nodeSelector: { 'kubernetes.io/hostname': 'down' },
      tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists' }],
    });
    const { pods, diagnostics } = schedulePods(
      cluster({ nodes, pods: [...boundDown, pod('up1', { nodeName: 'up', podIPs: ['10.0.0.3'] })], deployments: [tolerant] }),
    );
    expect(pods.map((p) => [p.spec.nodeName, p.status.ready])).toEqual([
      ['down', false],
      ['down', false],
      ['up', true],
      ['down', false],
    ]);
    const infos = diagnostics.filter((d) => d.message.includes('MarkPodsNotReady'));
    expect(infos).toHaveLength(1);
    expect(infos[0]).toMatchObject({ severity: 'info', object: 'Node down', path: 'status.conditions' });
    expect(infos[0]!.message).toContain('3 pods');
  });
});

describe('node affinity on the node name (matchFields)', () => {
  it('the scheduler binds a pod with the DaemonSet controller’s term to that node, and leaves it Pending when the node is gone', () => {
    const terms = [{ matchExpressions: [], matchFields: [{ key: 'metadata.name', operator: 'In' as const, values: ['mnode-m03'] }] }];
    const placed = schedulePods(cluster({ nodes: seedNodes(), pods: [pod('agent', { affinity: terms })] })).pods;
    expect(placed[0]!.spec.nodeName).toBe('mnode-m03');
    const gone = schedulePods(
      cluster({ nodes: seedNodes().filter((n) => n.metadata.name !== 'mnode-m03'), pods: [pod('agent', { affinity: terms })] }),
    );
    expect(gone.pods[0]!.spec.nodeName).toBeUndefined();
    expect(gone.pods[0]!.pendingReason).toContain("didn't match Pod's node affinity/selector");
  });
});
