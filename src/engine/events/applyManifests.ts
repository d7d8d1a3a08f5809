/** `kubectl apply -f FILE`: each object of the file is created, or replaces the live one of the same kind and key. */
import { decodeCluster } from '../decode/decodeCluster';
import { admitDeployments } from '../limits';
import { keyOf, type ClusterState } from '../model';
import { parseManifests } from '../parse/parseManifests';
import { gatesAsOverrides } from '../version';
import type { Workload } from '../workloads';
import type { World } from './world';

const WORKLOAD_RESOURCE = {
  DaemonSet: 'daemonset.apps',
  StatefulSet: 'statefulset.apps',
  ReplicaSet: 'replicaset.apps',
  ReplicationController: 'replicationcontroller',
} as const;

function upsert<T>(list: readonly T[], items: readonly T[], key: (item: T) => string, say: (item: T, created: boolean) => void): T[] {
  const out = [...list];
  for (const item of items) {
    const index = out.findIndex((existing) => key(existing) === key(item));
    if (index < 0) out.push(item);
    else out[index] = item;
    say(item, index < 0);
  }
  return out;
}

export function applyManifests(world: World, file: string, text: string): void {
  const parsed = parseManifests([{ name: file, text }]);
  const decoded = decodeCluster(parsed.documents, {
    version: world.cluster.version,
    featureGates: gatesAsOverrides(world.cluster.controlPlaneGates, world.cluster.version),
    defaultCluster: false,
  });
  for (const d of [...parsed.diagnostics, ...decoded.diagnostics]) {
    if (d.severity !== 'info') world.warn(`${d.file}:${d.line}:${d.column}: ${d.message}`);
  }
  const given: ClusterState = decoded.cluster;
  const say = (kind: string, name: string) => (_: unknown, created: boolean) =>
    world.say(`${kind}/${name} ${created ? 'created' : 'configured'}`);

  world.cluster.nodes = upsert(
    world.cluster.nodes,
    given.nodes,
    (n) => n.metadata.name,
    (n, created) => {
      world.baseNodeReady.set(n.metadata.name, n.ready);
      world.nodeReadyOverride.delete(n.metadata.name);
      say('node', n.metadata.name)(n, created);
    },
  );
  for (const pod of given.pods) world.life.delete(keyOf(pod.metadata));
  world.cluster.pods = upsert(
    world.cluster.pods,
    given.pods,
    (p) => keyOf(p.metadata),
    (p, created) => {
      world.lifeOf(p).baseReady = p.status.ready;
      say('pod', p.metadata.name)(p, created);
    },
  );
  const admitted = admitDeployments(world.cluster, given.deployments);
  for (const { deployment, problem } of admitted.refused) world.warn(`deployment.apps/${deployment.metadata.name} not applied: ${problem}`);
  world.cluster.deployments = upsert(
    world.cluster.deployments,
    admitted.accepted,
    (d) => keyOf(d.metadata),
    (d, created) => say('deployment.apps', d.metadata.name)(d, created),
  );
  if (given.workloads) {
    const live = world.cluster.workloads ?? { daemonSets: [], statefulSets: [], replicaSets: [] };
    const key = (w: Workload) => `${w.kind} ${keyOf(w.metadata)}`;
    const sayWorkload = (w: Workload, created: boolean) => say(WORKLOAD_RESOURCE[w.kind], w.metadata.name)(w, created);
    world.cluster.workloads = {
      daemonSets: upsert(live.daemonSets, given.workloads.daemonSets, key, sayWorkload),
      statefulSets: upsert(live.statefulSets, given.workloads.statefulSets, key, sayWorkload),
      replicaSets: upsert(live.replicaSets, given.workloads.replicaSets, key, sayWorkload),
    };
  }
  // spec.clusterIP is immutable: a Service that exists keeps its address.
  const services = given.services.map((s) => {
    const live = world.cluster.services.find((l) => keyOf(l.metadata) === keyOf(s.metadata));
    return live?.clusterIP ? { ...s, clusterIP: live.clusterIP } : s;
  });
  world.cluster.services = upsert(
    world.cluster.services,
    services,
    (s) => keyOf(s.metadata),
    (s, created) => say('service', s.metadata.name)(s, created),
  );
  world.cluster.endpointSlices = upsert(
    world.cluster.endpointSlices,
    given.endpointSlices,
    (s) => keyOf(s.slice.metadata),
    (s, created) => say('endpointslice.discovery.k8s.io', s.slice.metadata.name)(s, created),
  );
  world.cluster.podDisruptionBudgets = upsert(
    world.cluster.podDisruptionBudgets,
    given.podDisruptionBudgets,
    (b) => keyOf(b.metadata),
    (b, created) => say('poddisruptionbudget.policy', b.metadata.name)(b, created),
  );
  if (given.kubeProxy.source) {
    world.cluster.kubeProxy = given.kubeProxy;
    world.cluster.kubeProxyGates = given.kubeProxyGates;
    world.say('kubeproxyconfiguration configured (kube-proxy restarted on every node)');
  }
  world.refreshNodes();
}
