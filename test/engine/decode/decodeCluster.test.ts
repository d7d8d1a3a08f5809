import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCluster } from '../../../src/engine/decode/decodeCluster';
import { documentsFromObjects } from '../../../src/engine/parse/documentsFromObjects';
import { parseManifests } from '../../../src/engine/parse/parseManifests';
import { decodeYaml, messages } from './decodeHelpers';

const seedDir = new URL('../../../src/scenarios/seed-demo/', import.meta.url);

describe('decodeCluster', () => {
  it('decodes the seed demo with only info diagnostics', () => {
    const files = readdirSync(seedDir).map((name) => ({ name, text: readFileSync(new URL(name, seedDir), 'utf8') }));
    const parsed = parseManifests(files);
    const { cluster, diagnostics } = decodeCluster(parsed.documents, { version: '1.34' });
    expect(parsed.diagnostics).toEqual([]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(cluster.nodes.map((n) => [n.metadata.name, n.zone ?? null, n.controlPlane])).toEqual([
      ['mnode', null, true],
      ['mnode-m02', 'zone-a', false],
      ['mnode-m03', 'zone-b', false],
    ]);
    expect(cluster.deployments[0]).toMatchObject({ replicas: 2, selector: { matchLabels: { app: 'echo' } } });
    expect(cluster.services[0]).toMatchObject({
      type: 'ClusterIP',
      selector: { app: 'echo' },
      ports: [{ port: 80, targetPort: 5678, protocol: 'TCP' }],
    });
    expect(cluster.pods[0]).toMatchObject({
      metadata: { name: 'client', namespace: 'default' },
      status: { phase: 'Pending', ready: true },
    });
    expect(cluster.kubeProxy).toMatchObject({ mode: 'iptables', ipvsScheduler: 'rr' });
  });

  it('reports a missing kind and apiVersion in the API server’s words', () => {
    const { diagnostics } = decodeYaml('apiVersion: v1\nmetadata:\n  name: x\n---\nkind: Pod\nmetadata:\n  name: y\n');
    expect(messages(diagnostics, 'error')).toEqual([
      `Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"x"}}'`,
      `Object 'apiVersion' is missing in '{"kind":"Pod","metadata":{"name":"y"}}'`,
    ]);
    expect(diagnostics[1]!.line).toBe(5);
  });

  it('ignores unmodelled kinds: info for common ones, warning for the rest', () => {
    const { diagnostics } = decodeYaml(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n---\napiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: db\n',
    );
    expect(diagnostics.map((d) => [d.severity, d.message, d.line])).toEqual([
      [
        'info',
        'Namespace "team" (v1) is not modelled by the playground; ignored: namespaces need no object here; every namespace an object names exists',
        2,
      ],
      ['warning', 'Certificate "db" (cert-manager.io/v1) is not modelled by the playground; ignored', 7],
    ]);
  });

  it('refuses a modelled kind at an apiVersion that no longer exists', () => {
    const { diagnostics, deployments } = decodeYaml('apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: old\n');
    expect(deployments).toEqual([]);
    expect(messages(diagnostics, 'error')[0]).toMatch(/^no matches for kind "Deployment" in version "extensions\/v1beta1"/);
  });

  it('lets a later duplicate replace the earlier one, with a warning', () => {
    const node = (cpu: string) =>
      `apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\nstatus:\n  allocatable:\n    cpu: "${cpu}"\n  conditions:\n    - type: Ready\n      status: "True"\n`;
    const { nodes, diagnostics } = decodeYaml(`${node('2')}---\n${node('8')}`);
    expect(nodes.map((n) => n.allocatableCpuMilli)).toEqual([8000]);
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([['warning', 15]]);
    expect(diagnostics[0]!.message).toMatch(/Node n1 is defined more than once; this later definition replaces the earlier one/);
  });

  it('does not apply an invalid object, says so once, and still applies the others', () => {
    const { services, pods, diagnostics } = decodeYaml(`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  sessionAffinity: Sticky
  ports:
    - port: 0
---
apiVersion: v1
kind: Pod
metadata:
  name: ok
spec:
  containers: [{name: c}]
`);
    expect(services).toEqual([]);
    expect(pods.map((p) => p.metadata.name)).toEqual(['ok']);
    const errors = messages(diagnostics, 'error');
    // port 0 also defaults targetPort to 0, which fails too (as upstream).
    expect(errors).toHaveLength(3);
    expect(errors[1]).toBe('spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive');
    expect(errors[2]).toBe('spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"');
    expect(errors.filter((m) => m.includes('not applied'))).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^The Service "web" is invalid: spec\.ports\[0\]\.port: Invalid value: 0: must be between 1 and 65535, inclusive/,
    );
  });

  it('an invalid later duplicate leaves the earlier object in place', () => {
    const svc = (port: number) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: ${port}}]\n`;
    const { services } = decodeYaml(`${svc(80)}---\n${svc(70000)}`);
    expect(services.map((s) => s.ports[0]!.port)).toEqual([80]);
  });

  it('applies control-plane gate overrides and reports refused ones', () => {
    const ok = decodeYaml('', '1.33', { PreferSameTrafficDistribution: true });
    expect(ok.controlPlaneGates.PreferSameTrafficDistribution).toBe(true);
    const bad = decodeYaml('', '1.36', { TopologyAwareHints: false, Bogus: true });
    expect(messages(bad.diagnostics, 'error')).toEqual([
      'featureGates.TopologyAwareHints: kube-apiserver refuses to start: unrecognized feature gate: TopologyAwareHints; the gate keeps its default',
      'featureGates.Bogus: kube-apiserver refuses to start: unrecognized feature gate: Bogus; the gate keeps its default',
    ]);
  });

  it('decodes plain objects (JSON.parse output) including non-objects, without throwing', () => {
    const docs = documentsFromObjects(
      [5, { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' } }] }],
      'dump.json',
    );
    const { cluster, diagnostics } = decodeCluster(docs, { version: '1.36' });
    expect(cluster.nodes.map((n) => n.metadata.name)).toEqual(['n']);
    expect(diagnostics.map((d) => [d.severity, d.file])).toEqual([
      ['error', 'dump.json'],
      ['info', 'dump.json'],
    ]);
  });
});
