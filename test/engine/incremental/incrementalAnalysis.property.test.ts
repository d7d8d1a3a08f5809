/**
 * The incremental analysis against a from-scratch one: random clusters written as YAML files, a
 * random sequence of edits (a Service's field, its trafficDistribution, a pod or node added or
 * removed, a node's zone, CPU, Ready condition, taint, unschedulable flag or labels, a pod's
 * readiness, deletionTimestamp or a label no Service selects, a Service deleted, a Deployment's or
 * StatefulSet's replicas; some clusters have unbound pods, a Deployment (written before or after
 * the pods) or a StatefulSet, whose pods the scheduler places), and after every edit the two
 * reports, in the wire form the page receives, must be equal. Edits made to be scoped (a Node or
 * Pod edited in place where no placement can change, a workload's replicas) are counted: they
 * must take the incremental path, so that the comparison is not won by always analysing in full.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyzeWrittenFiles } from '../../../src/engine/analyzeCluster';
import { analyzeObjects } from '../../../src/engine/analyze';
import { IncrementalAnalysis } from '../../../src/engine/incremental';
import { ParsedDocumentCache } from '../../../src/engine/parse/parsedDocuments';
import { fromWire, toWire } from '../../../src/engine/reportWire';
import type { SourceFile } from '../../../src/engine/parse/manifestDocument';
import type { RoutingReport } from '../../../src/engine/report';

const ZONES = ['zone-a', 'zone-b', 'zone-c', undefined] as const;
const APPS = ['web', 'api', 'db', 'cli'] as const;
const NAMESPACES = ['default', 'shop'] as const;

interface NodeSpec {
  name: string;
  zone: (typeof ZONES)[number];
  cpu: string;
  ready: boolean;
  tainted: boolean;
  unschedulable: boolean;
  rack: string | undefined;
}
interface PodSpec {
  name: string;
  namespace: (typeof NAMESPACES)[number];
  app: (typeof APPS)[number];
  node: number;
  withStatus: boolean;
  /** Bound by spec.nodeName; otherwise the scheduler places it. */
  bound: boolean;
  ready: boolean;
  terminating: boolean;
  /** A label no Service selects. */
  track: string | undefined;
  /** Its status gives an IPv6 address too. */
  dual: boolean;
}
interface ServiceSpec {
  name: string;
  namespace: (typeof NAMESPACES)[number];
  app: (typeof APPS)[number] | undefined;
  port: number;
  targetPort: number | string;
  type: 'ClusterIP' | 'NodePort';
  trafficDistribution: string | undefined;
  internalTrafficPolicy: 'Cluster' | 'Local' | undefined;
  externalTrafficPolicy: 'Cluster' | 'Local' | undefined;
  sessionAffinity: 'None' | 'ClientIP' | undefined;
  auto: boolean;
  label: string | undefined;
  extraLine: boolean;
  dualStack: boolean;
}
interface ClusterSpec {
  nodes: NodeSpec[];
  pods: PodSpec[];
  services: ServiceSpec[];
  ipvs: boolean;
  /** A Deployment's replicas (app: api), placed by the scheduler; none when undefined. */
  replicas: number | undefined;
  /** The Deployment's file comes first: the pods the scheduler places after it see its replicas. */
  deploymentFirst: boolean;
  /** A StatefulSet's replicas (app: db); none when undefined. */
  stateful: number | undefined;
}

const nodeArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  cpu: fc.constantFrom('2', '4', '8', '500m'),
  ready: fc.constantFrom(true, true, true, false),
  tainted: fc.constantFrom(false, false, true),
  unschedulable: fc.constantFrom(false, false, true),
  rack: fc.constantFrom(undefined, 'r1', 'r2'),
});
const podArb = fc.record({
  namespace: fc.constantFrom(...NAMESPACES),
  app: fc.constantFrom(...APPS),
  node: fc.nat(20),
  withStatus: fc.boolean(),
  bound: fc.constantFrom(true, true, true, true, true, false),
  ready: fc.constantFrom(true, true, false),
  terminating: fc.constantFrom(false, false, false, true),
  track: fc.constantFrom(undefined, 'stable', 'canary'),
  dual: fc.boolean(),
});
const trafficDistributionArb = fc.constantFrom(undefined, 'PreferClose', 'PreferSameZone', 'PreferSameNode', 'Bogus');
const serviceArb = fc.record({
  namespace: fc.constantFrom(...NAMESPACES),
  app: fc.constantFrom(...APPS, undefined),
  port: fc.constantFrom(80, 443, 8080),
  targetPort: fc.constantFrom<number | string>(8080, 'http', 9090),
  type: fc.constantFrom<'ClusterIP' | 'NodePort'>('ClusterIP', 'ClusterIP', 'NodePort'),
  trafficDistribution: trafficDistributionArb,
  internalTrafficPolicy: fc.constantFrom<'Cluster' | 'Local' | undefined>(undefined, 'Cluster', 'Local'),
  externalTrafficPolicy: fc.constantFrom<'Cluster' | 'Local' | undefined>(undefined, 'Local'),
  sessionAffinity: fc.constantFrom<'None' | 'ClientIP' | undefined>(undefined, 'ClientIP'),
  auto: fc.boolean(),
  label: fc.constantFrom(undefined, 'blue', 'green'),
  extraLine: fc.boolean(),
  dualStack: fc.constantFrom(false, false, true),
});

const clusterArb = fc
  .record({
    nodes: fc.array(nodeArb, { minLength: 1, maxLength: 6 }),
    pods: fc.array(podArb, { maxLength: 14 }),
    services: fc.array(serviceArb, { minLength: 1, maxLength: 6 }),
    ipvs: fc.boolean(),
    replicas: fc.constantFrom(undefined, undefined, undefined, 2),
    deploymentFirst: fc.boolean(),
    stateful: fc.constantFrom(undefined, undefined, 1),
  })
  .map(({ nodes, pods, services, ipvs, replicas, deploymentFirst, stateful }): ClusterSpec => ({
    nodes: nodes.map((n, i) => ({ ...n, name: `node-${i}` })),
    pods: pods.map((p, i) => ({ ...p, name: `pod-${i}` })),
    services: services.map((s, i) => ({ ...s, name: `svc-${i}` })),
    ipvs,
    replicas,
    deploymentFirst,
    stateful,
  }));

type ServiceField =
  | { field: 'trafficDistribution'; value: string | undefined }
  | { field: 'internalTrafficPolicy'; value: 'Cluster' | 'Local' | undefined }
  | { field: 'sessionAffinity'; value: 'None' | 'ClientIP' | undefined }
  | { field: 'port'; value: number }
  | { field: 'targetPort'; value: number | string }
  | { field: 'type'; value: 'ClusterIP' | 'NodePort' }
  | { field: 'auto'; value: boolean }
  | { field: 'label'; value: string | undefined }
  | { field: 'extraLine'; value: boolean }
  | { field: 'app'; value: (typeof APPS)[number] | undefined };

type Edit =
  | { kind: 'service'; at: number; change: ServiceField }
  | { kind: 'deleteService'; at: number }
  | { kind: 'addPod'; pod: Omit<PodSpec, 'name'> }
  | { kind: 'removePod'; at: number }
  | { kind: 'addNode'; node: Omit<NodeSpec, 'name'> }
  | { kind: 'removeNode'; at: number }
  | { kind: 'nodeZone'; at: number; zone: (typeof ZONES)[number] }
  | { kind: 'nodeCpu'; at: number; cpu: string }
  | { kind: 'nodeReady'; at: number }
  | { kind: 'nodeTaint'; at: number }
  | { kind: 'nodeUnschedulable'; at: number }
  | { kind: 'nodeRack'; at: number; rack: string | undefined }
  | { kind: 'podReady'; at: number }
  | { kind: 'podTerminating'; at: number }
  | { kind: 'podTrack'; at: number; track: string | undefined }
  | { kind: 'replicas'; replicas: number }
  | { kind: 'statefulReplicas'; replicas: number };

const serviceFieldArb: fc.Arbitrary<ServiceField> = fc.oneof(
  { weight: 4, arbitrary: trafficDistributionArb.map((value) => ({ field: 'trafficDistribution' as const, value })) },
  fc.constantFrom(undefined, 'Cluster', 'Local').map((value) => ({ field: 'internalTrafficPolicy' as const, value })),
  fc.constantFrom(undefined, 'None', 'ClientIP').map((value) => ({ field: 'sessionAffinity' as const, value })),
  fc.constantFrom(80, 81, 443).map((value) => ({ field: 'port' as const, value })),
  fc.constantFrom<number | string>(8080, 'http', 9090).map((value) => ({ field: 'targetPort' as const, value })),
  fc.constantFrom<'ClusterIP' | 'NodePort'>('ClusterIP', 'NodePort').map((value) => ({ field: 'type' as const, value })),
  fc.boolean().map((value) => ({ field: 'auto' as const, value })),
  fc.constantFrom(undefined, 'blue', 'green').map((value) => ({ field: 'label' as const, value })),
  fc.boolean().map((value) => ({ field: 'extraLine' as const, value })),
  fc.constantFrom(...APPS, undefined).map((value) => ({ field: 'app' as const, value })),
);

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('service' as const), at: fc.nat(10), change: serviceFieldArb }) },
  fc.record({ kind: fc.constant('deleteService' as const), at: fc.nat(10) }),
  fc.record({ kind: fc.constant('addPod' as const), pod: podArb }),
  fc.record({ kind: fc.constant('removePod' as const), at: fc.nat(20) }),
  fc.record({ kind: fc.constant('addNode' as const), node: nodeArb }),
  fc.record({ kind: fc.constant('removeNode' as const), at: fc.nat(10) }),
  fc.record({ kind: fc.constant('nodeZone' as const), at: fc.nat(10), zone: fc.constantFrom(...ZONES) }),
  fc.record({ kind: fc.constant('nodeCpu' as const), at: fc.nat(10), cpu: fc.constantFrom('2', '4', '16') }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('nodeZone' as const), at: fc.nat(10), zone: fc.constantFrom(...ZONES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('nodeReady' as const), at: fc.nat(10) }) },
  fc.record({ kind: fc.constant('nodeTaint' as const), at: fc.nat(10) }),
  fc.record({ kind: fc.constant('nodeUnschedulable' as const), at: fc.nat(10) }),
  fc.record({ kind: fc.constant('nodeRack' as const), at: fc.nat(10), rack: fc.constantFrom(undefined, 'r1', 'r2') }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('podReady' as const), at: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('podTerminating' as const), at: fc.nat(20) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('podTrack' as const), at: fc.nat(20), track: fc.constantFrom(undefined, 'stable', 'canary') }),
  },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('replicas' as const), replicas: fc.nat(5) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('statefulReplicas' as const), replicas: fc.nat(3) }) },
);

/** The one reason a workload's replicas edit may fall back to a full analysis here. */
const SLICE_NAMES = /: Service [^ ]+: the names of its EndpointSlices changed$/;

/** A workload's replicas edited (which pods exist): made to be scoped whenever the workload is there. */
function workloadScopable(edit: Edit, before: ClusterSpec, after: ClusterSpec): boolean {
  return (edit.kind === 'replicas' || edit.kind === 'statefulReplicas') && before !== after;
}

/** Node and Pod edits made to be scoped: in place, and no pod is placed by the scheduler (all are bound). */
const SCOPABLE = new Set<Edit['kind']>([
  'nodeZone',
  'nodeCpu',
  'nodeReady',
  'nodeTaint',
  'nodeUnschedulable',
  'nodeRack',
  'podReady',
  'podTerminating',
  'podTrack',
]);

/** The edit is made to be scoped here: every pod bound before and after it, no workload (the scheduler places none). */
function madeScopable(edit: Edit, before: ClusterSpec, after: ClusterSpec): boolean {
  if (!SCOPABLE.has(edit.kind) || before === after) return false;
  return (
    before.replicas === undefined && before.stateful === undefined && before.pods.every((p) => p.bound) && after.pods.every((p) => p.bound)
  );
}

function applyEdit(cluster: ClusterSpec, edit: Edit, serial: number): ClusterSpec {
  const pick = <T>(list: readonly T[], at: number) => (list.length ? at % list.length : -1);
  switch (edit.kind) {
    case 'service': {
      const i = pick(cluster.services, edit.at);
      if (i < 0) return cluster;
      const services = cluster.services.slice();
      services[i] = { ...services[i]!, [edit.change.field]: edit.change.value };
      return { ...cluster, services };
    }
    case 'deleteService': {
      const i = pick(cluster.services, edit.at);
      return i < 0 ? cluster : { ...cluster, services: cluster.services.filter((_, j) => j !== i) };
    }
    case 'addPod':
      return { ...cluster, pods: [...cluster.pods, { ...edit.pod, name: `added-${serial}` }] };
    case 'removePod': {
      const i = pick(cluster.pods, edit.at);
      return i < 0 ? cluster : { ...cluster, pods: cluster.pods.filter((_, j) => j !== i) };
    }
    case 'addNode':
      return { ...cluster, nodes: [...cluster.nodes, { ...edit.node, name: `new-node-${serial}` }] };
    case 'removeNode': {
      const i = pick(cluster.nodes, edit.at);
      return i < 0 || cluster.nodes.length === 1 ? cluster : { ...cluster, nodes: cluster.nodes.filter((_, j) => j !== i) };
    }
    case 'nodeZone':
    case 'nodeCpu':
    case 'nodeReady':
    case 'nodeTaint':
    case 'nodeUnschedulable':
    case 'nodeRack': {
      const i = pick(cluster.nodes, edit.at);
      if (i < 0) return cluster;
      const nodes = cluster.nodes.slice();
      const node = nodes[i]!;
      if (edit.kind === 'nodeZone') nodes[i] = { ...node, zone: edit.zone };
      else if (edit.kind === 'nodeCpu') nodes[i] = { ...node, cpu: edit.cpu };
      else if (edit.kind === 'nodeReady') nodes[i] = { ...node, ready: !node.ready };
      else if (edit.kind === 'nodeTaint') nodes[i] = { ...node, tainted: !node.tainted };
      else if (edit.kind === 'nodeUnschedulable') nodes[i] = { ...node, unschedulable: !node.unschedulable };
      else nodes[i] = { ...node, rack: edit.rack };
      return { ...cluster, nodes };
    }
    case 'replicas':
      return cluster.replicas === undefined || cluster.replicas === edit.replicas ? cluster : { ...cluster, replicas: edit.replicas };
    case 'statefulReplicas':
      return cluster.stateful === undefined || cluster.stateful === edit.replicas ? cluster : { ...cluster, stateful: edit.replicas };
    case 'podReady':
    case 'podTerminating':
    case 'podTrack': {
      const i = pick(cluster.pods, edit.at);
      if (i < 0) return cluster;
      const pods = cluster.pods.slice();
      const pod = pods[i]!;
      if (edit.kind === 'podReady') {
        // The Ready condition of a pod written with a status (a pod without one is assumed ready).
        if (!pod.withStatus || !pod.bound) return cluster;
        pods[i] = { ...pod, ready: !pod.ready };
      } else if (edit.kind === 'podTerminating') pods[i] = { ...pod, terminating: !pod.terminating };
      else pods[i] = { ...pod, track: edit.track };
      return { ...cluster, pods };
    }
  }
}

function nodeObject(node: NodeSpec) {
  const labels: Record<string, string> = { 'kubernetes.io/hostname': node.name };
  if (node.zone) labels['topology.kubernetes.io/zone'] = node.zone;
  if (node.rack) labels['example.com/rack'] = node.rack;
  const object: Record<string, unknown> = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: node.name, labels },
    status: { allocatable: { cpu: node.cpu, pods: '110' }, conditions: [{ type: 'Ready', status: node.ready ? 'True' : 'False' }] },
  };
  if (node.tainted || node.unschedulable) {
    const spec: Record<string, unknown> = {};
    if (node.unschedulable) spec.unschedulable = true;
    if (node.tainted) spec.taints = [{ key: 'example.com/maintenance', value: 'true', effect: 'NoSchedule' }];
    object.spec = spec;
  }
  return object;
}

function podObject(pod: PodSpec, nodes: readonly NodeSpec[], index: number) {
  const node = nodes[pod.node % nodes.length]!;
  const labels: Record<string, string> = { app: pod.app };
  if (pod.track) labels.track = pod.track;
  const metadata: Record<string, unknown> = { name: pod.name, namespace: pod.namespace, labels };
  if (pod.terminating) metadata.deletionTimestamp = '2026-01-01T00:00:00Z';
  const object: Record<string, unknown> = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec: {
      ...(pod.bound ? { nodeName: node.name } : {}),
      containers: [{ name: 'app', image: 'registry.example/app:1', ports: [{ name: 'http', containerPort: 8080 }] }],
    },
  };
  if (pod.withStatus && pod.bound) {
    const ip = `10.244.${Math.floor(index / 200)}.${(index % 200) + 10}`;
    const podIPs = pod.dual ? [{ ip }, { ip: `fd00:10:244::${(index + 16).toString(16)}` }] : [{ ip }];
    object.status = { phase: 'Running', podIP: ip, podIPs, conditions: [{ type: 'Ready', status: pod.ready ? 'True' : 'False' }] };
  }
  return object;
}

function serviceObject(svc: ServiceSpec) {
  const metadata: Record<string, unknown> = { name: svc.name, namespace: svc.namespace };
  if (svc.label) metadata.labels = { tier: svc.label };
  if (svc.auto) metadata.annotations = { 'service.kubernetes.io/topology-mode': 'Auto' };
  const spec: Record<string, unknown> = {};
  if (svc.type !== 'ClusterIP') spec.type = svc.type;
  if (svc.app) spec.selector = { app: svc.app };
  spec.ports = [{ name: 'http', port: svc.port, targetPort: svc.targetPort, protocol: 'TCP' }];
  if (svc.trafficDistribution !== undefined) spec.trafficDistribution = svc.trafficDistribution;
  if (svc.internalTrafficPolicy) spec.internalTrafficPolicy = svc.internalTrafficPolicy;
  if (svc.type === 'NodePort' && svc.externalTrafficPolicy) spec.externalTrafficPolicy = svc.externalTrafficPolicy;
  if (svc.sessionAffinity) spec.sessionAffinity = svc.sessionAffinity;
  if (svc.extraLine) spec.publishNotReadyAddresses = false;
  if (svc.dualStack) {
    spec.ipFamilyPolicy = 'PreferDualStack';
    spec.ipFamilies = ['IPv4', 'IPv6'];
  }
  return { apiVersion: 'v1', kind: 'Service', metadata, spec };
}

function deploymentObject(replicas: number) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'api', namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'api' } },
      template: {
        metadata: { labels: { app: 'api' } },
        spec: { containers: [{ name: 'app', image: 'registry.example/app:1', ports: [{ name: 'http', containerPort: 8080 }] }] },
      },
    },
  };
}

function statefulSetObject(replicas: number) {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db', namespace: 'default' },
    spec: {
      replicas,
      serviceName: 'db',
      selector: { matchLabels: { app: 'db' } },
      template: {
        metadata: { labels: { app: 'db' } },
        spec: { containers: [{ name: 'db', image: 'registry.example/db:1', ports: [{ name: 'http', containerPort: 8080 }] }] },
      },
    },
  };
}

function documents(objects: readonly object[]): string {
  return objects.map((o) => stringify(o)).join('---\n');
}

/** The cluster as three files, the way a workspace keeps them; the Services' file has a comment first. */
function filesOf(cluster: ClusterSpec): SourceFile[] {
  const files: SourceFile[] = [
    { name: 'nodes.yaml', text: documents(cluster.nodes.map(nodeObject)) },
    { name: 'pods.yaml', text: documents(cluster.pods.map((p, i) => podObject(p, cluster.nodes, i))) },
    { name: 'services.yaml', text: `# the Services\n${documents(cluster.services.map(serviceObject))}` },
  ];
  if (cluster.replicas !== undefined) {
    const file = { name: 'deployment.yaml', text: documents([deploymentObject(cluster.replicas)]) };
    if (cluster.deploymentFirst) files.unshift(file);
    else files.push(file);
  }
  if (cluster.stateful !== undefined) files.push({ name: 'statefulset.yaml', text: documents([statefulSetObject(cluster.stateful)]) });
  if (cluster.ipvs)
    files.push({
      name: 'kube-proxy.yaml',
      text: 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n',
    });
  return files;
}

/** The report as the page receives it from the worker (posted in its wire form, revived), every trace spelled out. */
function wire(report: RoutingReport): unknown {
  return JSON.parse(JSON.stringify(fromWire(structuredClone(toWire(report)))));
}

describe('IncrementalAnalysis', () => {
  it('gives the report a full analysis gives, after every edit of a random sequence', { timeout: 240_000 }, () => {
    const runs = { full: 0, incremental: 0, dualStack: 0 };
    const scopable = { scoped: 0, fellBack: [] as string[] };
    const workloads = { scoped: 0, fellBack: [] as string[] };
    fc.assert(
      fc.property(
        clusterArb,
        fc.array(editArb, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('1.31', '1.33', '1.36'),
        fc.constantFrom(undefined, 20),
        (start, edits, kubernetesVersion, requests) => {
          const options = { kubernetesVersion, ...(requests ? { requests } : {}) } as const;
          const analysis = new IncrementalAnalysis();
          const cache = new ParsedDocumentCache();
          let cluster = start;
          analysis.analyzeFiles(filesOf(cluster), options, cache);
          edits.forEach((edit, serial) => {
            const before = cluster;
            cluster = applyEdit(cluster, edit, serial);
            const files = filesOf(cluster);
            const report = analysis.analyzeFiles(files, options, cache);
            runs[analysis.lastRun.kind]++;
            if (analysis.lastRun.kind === 'incremental' && report.secondaryFamily) runs.dualStack++;
            if (madeScopable(edit, before, cluster)) {
              if (analysis.lastRun.kind === 'incremental') scopable.scoped++;
              else scopable.fellBack.push(`${edit.kind}: ${analysis.lastRun.reason}`);
            }
            if (workloadScopable(edit, before, cluster)) {
              if (analysis.lastRun.kind === 'incremental') workloads.scoped++;
              else workloads.fellBack.push(`${edit.kind}: ${analysis.lastRun.reason}`);
            }
            expect(wire(report)).toEqual(wire(analyzeWrittenFiles(files, options)));
          });
        },
      ),
      { numRuns: 120 },
    );
    // Both paths were compared, dual-stack reports among the incremental ones; the edits made to
    // be scoped were, every one of them (a fallback names its reason here).
    expect(runs.incremental).toBeGreaterThan(0);
    expect(runs.full).toBeGreaterThan(0);
    expect(runs.dualStack).toBeGreaterThan(0);
    expect(scopable.fellBack).toEqual([]);
    expect(scopable.scoped).toBeGreaterThan(25);
    // Every workload's replicas edit took the scoped path (the pods that appeared or went alone),
    // but where a Service's EndpointSlices are added or dropped: their names are never scoped.
    expect(workloads.fellBack.filter((reason) => !SLICE_NAMES.test(reason))).toEqual([]);
    expect(workloads.scoped).toBeGreaterThan(15);
  });

  it('does the same for plain objects, an unchanged object being the same one', { timeout: 120_000 }, () => {
    const scopable = { scoped: 0, fellBack: [] as string[] };
    const workloads = { scoped: 0, fellBack: [] as string[] };
    fc.assert(
      fc.property(clusterArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const objectsOf = (cluster: ClusterSpec, previous: Map<string, object>) => {
          const all: object[] = [
            ...cluster.nodes.map(nodeObject),
            ...cluster.pods.map((p, i) => podObject(p, cluster.nodes, i)),
            ...cluster.services.map(serviceObject),
            ...(cluster.replicas === undefined ? [] : [deploymentObject(cluster.replicas)]),
            ...(cluster.stateful === undefined ? [] : [statefulSetObject(cluster.stateful)]),
          ];
          // What did not change stays the same object, as a caller that edits one object keeps the others.
          return all.map((o) => {
            const key = JSON.stringify(o);
            const kept = previous.get(key);
            if (kept) return kept;
            previous.set(key, o);
            return o;
          });
        };
        const seen = new Map<string, object>();
        const analysis = new IncrementalAnalysis();
        let cluster = start;
        analysis.analyzeObjects(objectsOf(cluster, seen));
        edits.forEach((edit, serial) => {
          const before = cluster;
          cluster = applyEdit(cluster, edit, serial);
          const objects = objectsOf(cluster, seen);
          const report = analysis.analyzeObjects(objects);
          if (madeScopable(edit, before, cluster)) {
            if (analysis.lastRun.kind === 'incremental') scopable.scoped++;
            else scopable.fellBack.push(`${edit.kind}: ${analysis.lastRun.reason}`);
          }
          if (workloadScopable(edit, before, cluster)) {
            if (analysis.lastRun.kind === 'incremental') workloads.scoped++;
            else workloads.fellBack.push(`${edit.kind}: ${analysis.lastRun.reason}`);
          }
          expect(wire(report)).toEqual(wire(analyzeObjects(objects)));
        });
      }),
      { numRuns: 60 },
    );
    expect(scopable.fellBack).toEqual([]);
    expect(scopable.scoped).toBeGreaterThan(8);
    expect(workloads.fellBack.filter((reason) => !SLICE_NAMES.test(reason))).toEqual([]);
    expect(workloads.scoped).toBeGreaterThan(4);
  });
});
