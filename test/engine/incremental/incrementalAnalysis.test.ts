import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWrittenFiles } from '../../../src/engine/analyzeCluster';
import { analyzeObjects } from '../../../src/engine/analyze';
import { IncrementalAnalysis } from '../../../src/engine/incremental';
import { ParsedDocumentCache } from '../../../src/engine/parse/parsedDocuments';
import { fromWire, toWire } from '../../../src/engine/reportWire';
import type { SourceFile } from '../../../src/engine/parse/manifestDocument';
import type { RoutingReport } from '../../../src/engine/report';
import { SIZES, syntheticCluster } from '../../bench/syntheticCluster';

const DEMO = join(__dirname, '../../../src/scenarios/seed-demo');
const demoFiles = (): SourceFile[] =>
  ['cluster.yaml', 'echo-pod.yaml', 'echo-service.yaml', 'client.yaml'].map((name) => ({
    name,
    text: readFileSync(join(DEMO, name), 'utf8'),
  }));

/** The report as the page receives it from the worker (posted in its wire form, revived), every trace spelled out. */
function wire(report: RoutingReport): unknown {
  return JSON.parse(JSON.stringify(fromWire(structuredClone(toWire(report)))));
}

function withService(files: SourceFile[], edit: (text: string) => string): SourceFile[] {
  return files.map((f) => (f.name === 'echo-service.yaml' ? { ...f, text: edit(f.text) } : f));
}

describe('IncrementalAnalysis on the seed demo', () => {
  it('redoes only echo-svc when its trafficDistribution is set, and routes the client to its own node', () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    analysis.analyzeFiles(files, {}, cache);
    expect(analysis.lastRun.kind).toBe('full');

    const edited = withService(files, (text) => text.replace(/^spec:\n/m, 'spec:\n  trafficDistribution: PreferSameNode\n'));
    const report = analysis.analyzeFiles(edited, {}, cache);
    expect(analysis.lastRun).toMatchObject({ kind: 'incremental', services: ['default/echo-svc'] });
    const route = report.routes.find((r) => r.from === 'default/client')!;
    expect(route.endpoints.filter((e) => e.weight > 0).map((e) => [e.node, e.weight])).toEqual([['mnode-m02', 1]]);
    expect(wire(report)).toEqual(wire(analyzeWrittenFiles(edited)));
  });

  it('analyses in full, and says why, when a pod is added or the options change', () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    analysis.analyzeFiles(files, {}, cache);
    const more = files.map((f) =>
      f.name === 'client.yaml' ? { ...f, text: `${f.text}---\n${f.text.replace(/name: client\b/, 'name: client-2')}` } : f,
    );
    const report = analysis.analyzeFiles(more, {}, cache);
    expect(analysis.lastRun).toMatchObject({ kind: 'full', reason: 'documents were added or removed (6 → 7)' });
    expect(report.pods.map((p) => p.name)).toContain('client-2');

    analysis.analyzeFiles(more, { kubernetesVersion: '1.33' }, cache);
    expect(analysis.lastRun).toMatchObject({ kind: 'full', reason: 'the analysis options changed' });
  });

  it('keeps the same report, diagnostics included, when a YAML error appears and goes away elsewhere', () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    analysis.analyzeFiles(files, {}, cache);
    const broken = [...files, { name: 'scratch.yaml', text: 'kind: [\n' }];
    const report = analysis.analyzeFiles(broken, {}, cache);
    expect(analysis.lastRun.kind).toBe('incremental');
    expect(report.diagnostics.some((d) => d.file === 'scratch.yaml' && d.severity === 'error')).toBe(true);
    expect(wire(report)).toEqual(wire(analyzeWrittenFiles(broken)));
  });

  it('falls back when an edit renames the Service', () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    analysis.analyzeFiles(files, {}, cache);
    const renamed = withService(files, (text) => text.replace('name: echo-svc', 'name: echo-svc-2'));
    const report = analysis.analyzeFiles(renamed, {}, cache);
    expect(analysis.lastRun).toMatchObject({ kind: 'full', reason: 'Service default/echo-svc was renamed' });
    expect(report.services.map((s) => s.key)).toEqual(['default/echo-svc-2']);
  });
});

describe('IncrementalAnalysis of Nodes and Pods edited in place', () => {
  it('falls back, saying why, when the scheduler places pods and a node field it reads changes', () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    analysis.analyzeFiles(files, {}, cache);
    const moved = files.map((f) => (f.name === 'cluster.yaml' ? { ...f, text: f.text.replace('zone: zone-b', 'zone: zone-a') } : f));
    const report = analysis.analyzeFiles(moved, {}, cache);
    expect(analysis.lastRun.kind).toBe('full');
    expect(analysis.lastRun.reason).toBe(
      'Node mnode-m03: a field the scheduler reads changed (labels, allocatable CPU, taints, unschedulable or Ready) while the scheduler places pods (Deployments): their placement may change',
    );
    expect(wire(report)).toEqual(wire(analyzeWrittenFiles(moved)));
  });

  it("scales a ReplicaSet and moves a DaemonSet's pods by its nodeSelector: the pods that appear, go or change alone", () => {
    const objects: Record<string, unknown>[] = syntheticCluster(SIZES[0]!);
    const template = (app: string, nodeSelector?: Record<string, string>) => ({
      metadata: { labels: { app } },
      spec: { ...(nodeSelector ? { nodeSelector } : {}), containers: [{ name: 'app', image: 'registry.example/app:1' }] },
    });
    const replicaSet = (replicas: number) => ({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web', namespace: 'ns-0' },
      // No Service selects its pods: they are clients, routed when they appear.
      spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: template('web') },
    });
    const daemonSet = (zone: string) => ({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', namespace: 'ns-1' },
      spec: { selector: { matchLabels: { app: 'agent' } }, template: template('agent', { 'topology.kubernetes.io/zone': zone }) },
    });
    const analysis = new IncrementalAnalysis();
    let current = [...objects, replicaSet(2), daemonSet('zone-a')];
    analysis.analyzeObjects(current);
    for (const [rs, zone] of [
      [5, 'zone-a'],
      [1, 'zone-a'],
      [1, 'zone-b'],
      [3, 'zone-c'],
    ] as const) {
      current = current.slice();
      const rsBefore = current.at(-2) as { spec: { replicas: number } };
      if (rsBefore.spec.replicas !== rs) current[current.length - 2] = replicaSet(rs);
      current[current.length - 1] = daemonSet(zone);
      const report = analysis.analyzeObjects(current);
      expect(analysis.lastRun.kind).toBe('incremental');
      expect(analysis.lastRun.objects.length).toBeGreaterThan(0);
      expect(report.pods.filter((p) => p.name.startsWith('web-'))).toHaveLength(rs);
      expect(wire(report)).toEqual(wire(analyzeObjects(current)));
    }
  });

  it('redoes the Service of a pod whose readiness changed, and nothing else', () => {
    const objects = syntheticCluster(SIZES[0]!);
    const analysis = new IncrementalAnalysis();
    analysis.analyzeObjects(objects);
    const at = objects.findIndex((o) => o.kind === 'Pod');
    const pod = objects[at] as { metadata: { name: string; namespace: string }; status: Record<string, unknown> };
    const edited = objects.slice();
    edited[at] = { ...pod, status: { ...pod.status, conditions: [{ type: 'Ready', status: 'False' }] } };
    const report = analysis.analyzeObjects(edited);
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const summary = report.pods.find((p) => p.key === key)!;
    expect(summary.ready).toBe(false);
    expect(analysis.lastRun).toMatchObject({ kind: 'incremental', services: summary.selectedBy, objects: [`Pod ${key}`] });
    const endpoint = report.endpointSlices.flatMap((s) => s.endpoints).find((e) => e.targetRef?.name === pod.metadata.name)!;
    expect(endpoint.conditions).toMatchObject({ ready: false, serving: false });
    expect(wire(report)).toEqual(wire(analyzeObjects(edited)));
  });

  it("moves a node to another zone: its endpoints' zone, every Service's node classes and the routes follow", () => {
    const objects = syntheticCluster(SIZES[0]!);
    const analysis = new IncrementalAnalysis();
    const before = analysis.analyzeObjects(objects);
    const at = objects.findIndex((o) => o.kind === 'Node');
    const node = objects[at] as { metadata: { name: string; labels: Record<string, string> } };
    const edited = objects.slice();
    edited[at] = { ...node, metadata: { ...node.metadata, labels: { ...node.metadata.labels, 'topology.kubernetes.io/zone': 'zone-z' } } };
    const report = analysis.analyzeObjects(edited);
    expect(analysis.lastRun.kind).toBe('incremental');
    expect(analysis.lastRun.objects).toEqual([`Node ${node.metadata.name}`]);
    expect(analysis.lastRun.reason).toContain("a Node's zone changed");
    const onNode = before.pods.filter((p) => p.node === node.metadata.name && p.selectedBy.length > 0);
    expect(onNode.length).toBeGreaterThan(0);
    expect(analysis.lastRun.services).toEqual(expect.arrayContaining(onNode.flatMap((p) => p.selectedBy)));
    expect(report.nodes.find((n) => n.name === node.metadata.name)!.zone).toBe('zone-z');
    expect(wire(report)).toEqual(wire(analyzeObjects(edited)));
  });

  it("scales echo's Deployment: the replicas that appear or go, echo-svc and nothing else are redone", () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    const before = analysis.analyzeFiles(files, {}, cache);
    const scaled = (replicas: number) =>
      files.map((f) => (f.name === 'echo-pod.yaml' ? { ...f, text: f.text.replace(/replicas: 2\b/, `replicas: ${replicas}`) } : f));
    for (const replicas of [3, 1, 4, 2]) {
      const edited = scaled(replicas);
      const report = analysis.analyzeFiles(edited, {}, cache);
      expect(analysis.lastRun).toMatchObject({ kind: 'incremental', services: ['default/echo-svc'], objects: ['Deployment default/echo'] });
      expect(report.pods.filter((p) => p.name.startsWith('echo-'))).toHaveLength(replicas);
      expect(wire(report)).toEqual(wire(analyzeWrittenFiles(edited)));
    }
    // Back to 2 replicas: the same pods, names and addresses as at first.
    expect(wire(analysis.analyzeFiles(files, {}, cache))).toEqual(wire(before));
  });

  it("falls back when a Deployment's replicas go past the playground's limits", () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    analysis.analyzeFiles(files, {}, cache);
    const huge = files.map((f) => (f.name === 'echo-pod.yaml' ? { ...f, text: f.text.replace(/replicas: 2\b/, 'replicas: 999999') } : f));
    const report = analysis.analyzeFiles(huge, {}, cache);
    expect(analysis.lastRun.kind).toBe('full');
    expect(analysis.lastRun.reason).toMatch(/limits/);
    expect(wire(report)).toEqual(wire(analyzeWrittenFiles(huge)));
    // Refused, then back within the limits: the refusal is undone by a full analysis too.
    analysis.analyzeFiles(files, {}, cache);
    expect(analysis.lastRun.kind).toBe('full');
  });

  it('falls back when the edited Pod is written twice, whichever document is edited', () => {
    const files = demoFiles();
    const client = files.find((f) => f.name === 'client.yaml')!.text;
    const notReady = `${client.trimEnd()}\nstatus:\n  phase: Running\n  podIP: 10.244.1.9\n  conditions:\n    - type: Ready\n      status: 'False'\n`;
    const withCopy = (earlier: string, later: string) => [
      ...files.map((f) => (f.name === 'client.yaml' ? { ...f, text: earlier } : f)),
      { name: 'again.yaml', text: later },
    ];
    // The later document (the one the cluster keeps) edited, then the earlier one.
    for (const [before, after] of [
      [withCopy(client, client), withCopy(client, notReady)],
      [withCopy(client, client), withCopy(notReady, client)],
    ]) {
      const analysis = new IncrementalAnalysis();
      const cache = new ParsedDocumentCache();
      analysis.analyzeFiles(before!, {}, cache);
      const report = analysis.analyzeFiles(after!, {}, cache);
      expect(analysis.lastRun).toMatchObject({ kind: 'full', reason: 'Pod default/client is written more than once' });
      expect(wire(report)).toEqual(wire(analyzeWrittenFiles(after!)));
    }
  });

  it('edits a dual-stack Service: both families redone, no fallback', () => {
    const nodes = ['n1', 'n2']
      .map(
        (name, i) =>
          `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n    topology.kubernetes.io/zone: zone-${'ab'[i]}\n`,
      )
      .join('---\n');
    const pods = ['web-1', 'web-2', 'client']
      .map(
        (name, i) =>
          `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    app: ${name === 'client' ? 'client' : 'web'}\nspec:\n  nodeName: n${(i % 2) + 1}\n  containers:\n    - name: app\n      image: app\n      ports:\n        - containerPort: 8080\nstatus:\n  phase: Running\n  podIPs:\n    - ip: 10.244.0.${i + 2}\n    - ip: fd00::${i + 2}\n  conditions:\n    - type: Ready\n      status: 'True'\n`,
      )
      .join('---\n');
    const service = (extra: string) =>
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ipFamilyPolicy: RequireDualStack\n  ipFamilies: [IPv4, IPv6]\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: 8080\n${extra}`;
    const files = (extra: string): SourceFile[] => [
      { name: 'nodes.yaml', text: nodes },
      { name: 'pods.yaml', text: pods },
      { name: 'service.yaml', text: service(extra) },
    ];
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    expect(analysis.analyzeFiles(files(''), {}, cache).secondaryFamily?.serviceViews.length).toBeGreaterThan(0);
    const edited = files('  trafficDistribution: PreferSameZone\n');
    const report = analysis.analyzeFiles(edited, {}, cache);
    expect(analysis.lastRun).toMatchObject({ kind: 'incremental', services: ['default/web'] });
    expect(report.secondaryFamily!.routes.filter((r) => r.service === 'default/web').length).toBeGreaterThan(0);
    expect(wire(report)).toEqual(wire(analyzeWrittenFiles(edited)));
  });
});

describe('IncrementalAnalysis on plain objects', () => {
  it('redoes one Service of the small benchmark cluster: the same report as analyzeObjects', () => {
    const objects = syntheticCluster(SIZES[0]!);
    const analysis = new IncrementalAnalysis();
    analysis.analyzeObjects(objects);
    const at = objects.findIndex((o) => o.kind === 'Service' && (o.metadata as { name: string }).name === 'svc-17');
    const edited = objects.slice();
    const service = objects[at] as { spec: Record<string, unknown> };
    edited[at] = { ...service, spec: { ...service.spec, sessionAffinity: 'ClientIP', internalTrafficPolicy: 'Local' } };
    const report = analysis.analyzeObjects(edited);
    expect(analysis.lastRun).toMatchObject({ kind: 'incremental', services: ['ns-1/svc-17'] });
    expect(report.services.find((s) => s.key === 'ns-1/svc-17')).toMatchObject({
      sessionAffinity: 'ClientIP',
      internalTrafficPolicy: 'Local',
    });
    expect(wire(report)).toEqual(wire(analyzeObjects(edited)));
  });
});
