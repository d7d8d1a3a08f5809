import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { analyzeFiles, hasErrors } from '../../../src/engine/analyze';
import type { TimelineEvent } from '../../../src/engine';
import { buildLab } from '../../../src/format/lab/buildLab';
import type { Lab } from '../../../src/format/lab/labTypes';
import { repoRoot, SEED_DEMO } from '../../cli/runCli';

const read = (path: string) => ({ name: path.split('/').pop()!, text: readFileSync(join(repoRoot, path), 'utf8') });
const seedFiles = SEED_DEMO.map(read);
const gkeDump = [read('test/fixtures/lab/gke-dump.yaml')];
const file = (lab: Lab, path: string) => lab.files.find((f) => f.path === path)?.text ?? '';

/** The article's steps, as the timeline records them when the tour's commands are typed. */
const articleSteps: TimelineEvent[] = [
  {
    id: '1',
    at: 5,
    label: 'kubectl patch svc echo-svc PreferSameNode',
    event: { type: 'service.patch', service: 'default/echo-svc', patch: { spec: { trafficDistribution: 'PreferSameNode' } } },
  },
  {
    id: '2',
    at: 10,
    label: 'kubectl patch svc echo-svc PreferSameZone',
    event: { type: 'service.patch', service: 'default/echo-svc', patch: { spec: { trafficDistribution: 'PreferSameZone' } } },
  },
  {
    id: '3',
    at: 15,
    label: 'pin echo to zone-b',
    event: {
      type: 'deployment.patch',
      deployment: 'default/echo',
      patch: { spec: { replicas: 1, template: { spec: { nodeSelector: { 'topology.kubernetes.io/zone': 'zone-b' } } } } },
    },
  },
];

// kind's v1alpha4 Cluster, as kind's configuration docs list its fields.
const KIND_FIELDS = {
  cluster: [
    'kind',
    'apiVersion',
    'name',
    'nodes',
    'networking',
    'featureGates',
    'runtimeConfig',
    'kubeadmConfigPatches',
    'kubeadmConfigPatchesJSON6902',
    'containerdConfigPatches',
  ],
  node: ['role', 'image', 'labels', 'extraMounts', 'extraPortMappings', 'kubeadmConfigPatches', 'kubeadmConfigPatchesJSON6902'],
  networking: [
    'ipFamily',
    'apiServerAddress',
    'apiServerPort',
    'podSubnet',
    'serviceSubnet',
    'disableDefaultCNI',
    'kubeProxyMode',
    'dnsSearch',
  ],
};

describe('the seed demo as a minikube lab (the article’s own cluster)', () => {
  const lab = buildLab({ tool: 'minikube', files: seedFiles, events: articleSteps, options: { kubernetesVersion: '1.34' } });

  it('starts the article’s cluster and shapes its nodes like the workspace’s', () => {
    const setup = file(lab, 'setup.sh');
    expect(setup).toContain('minikube start -p mnode --nodes 3 --kubernetes-version v1.34.0');
    expect(setup).toContain('kubectl label node mnode-m02 topology.kubernetes.io/zone=zone-a --overwrite');
    expect(setup).toContain('kubectl label node mnode-m03 topology.kubernetes.io/zone=zone-b --overwrite');
    expect(setup).toContain('kubectl taint node mnode node-role.kubernetes.io/control-plane:NoSchedule --overwrite');
    expect(setup).toContain('kubectl rollout status deployment -n default echo --timeout=180s');
    expect(setup).toContain('kubectl wait pod -n default client --for=condition=Ready');
  });

  it('counts from the client as the article’s hit.sh does, and predicts each step', () => {
    expect(file(lab, 'hit.sh')).toContain('hit default client echo-svc.default.svc 80');
    const expected = file(lab, 'expected.txt').split('\n## ');
    expect(expected).toHaveLength(5);
    expect(expected[1]).toContain('50%  echo (Deployment) on mnode-m02 (same node), about 10 of 20');
    expect(expected[1]).toContain('50%  echo (Deployment) on mnode-m03 (another zone), about 10 of 20');
    expect(expected[2]).toContain('100%  echo (Deployment) on mnode-m02 (same node), about 20 of 20');
    expect(expected[3]).toMatch(/100% {2}echo \(Deployment\) on mnode-m02/);
    expect(expected[4]).toContain('100%  echo (Deployment) on mnode-m03 (another zone), about 20 of 20');
  });

  it('turns the timeline into the article’s kubectl commands', () => {
    const steps = file(lab, 'steps.sh');
    expect(steps).toContain(
      `kubectl patch service -n default echo-svc --type merge -p '{"spec":{"trafficDistribution":"PreferSameNode"}}'`,
    );
    expect(steps).toContain(
      `kubectl patch service -n default echo-svc --type merge -p '{"spec":{"trafficDistribution":"PreferSameZone"}}'`,
    );
    expect(steps).toContain(
      `kubectl patch deployment -n default echo --type merge -p '{"spec":{"replicas":1,"template":{"spec":{"nodeSelector":{"topology.kubernetes.io/zone":"zone-b"}}}}}'`,
    );
    expect(steps.match(/^after$/gm)).toHaveLength(3);
  });

  it('marks the scripts executable and nothing else', () => {
    expect(lab.files.filter((f) => f.executable).map((f) => f.path)).toEqual(['setup.sh', 'hit.sh', 'steps.sh']);
  });
});

describe('kind-config.yaml', () => {
  const lab = buildLab({ tool: 'kind', files: seedFiles, options: { kubernetesVersion: '1.34' } });
  const config = parse(file(lab, 'kind-config.yaml')) as Record<string, unknown>;

  it('uses only the fields kind documents for a v1alpha4 Cluster', () => {
    expect(config.kind).toBe('Cluster');
    expect(config.apiVersion).toBe('kind.x-k8s.io/v1alpha4');
    for (const key of Object.keys(config)) expect(KIND_FIELDS.cluster).toContain(key);
    for (const node of config.nodes as Record<string, unknown>[])
      for (const key of Object.keys(node)) expect(KIND_FIELDS.node).toContain(key);
    for (const key of Object.keys(config.networking as object)) expect(KIND_FIELDS.networking).toContain(key);
  });

  it('has one node per workspace node, the control plane first, on the version’s image', () => {
    expect(config.nodes).toEqual([
      { role: 'control-plane', image: 'kindest/node:v1.34.0' },
      { role: 'worker', image: 'kindest/node:v1.34.0' },
      { role: 'worker', image: 'kindest/node:v1.34.0' },
    ]);
    expect(config.networking).toEqual({ kubeProxyMode: 'iptables' });
  });

  it('takes kube-proxy’s mode and scheduler, and the gates the workspace changes', () => {
    const proxy = {
      name: 'kube-proxy.yaml',
      text: 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\nipvs:\n  scheduler: lc\n',
    };
    const ipvs = buildLab({
      tool: 'kind',
      files: [...seedFiles, proxy],
      options: { kubernetesVersion: '1.33', featureGates: { PreferSameTrafficDistribution: true } },
    });
    const parsed = parse(file(ipvs, 'kind-config.yaml')) as Record<string, unknown>;
    expect(parsed.networking).toEqual({ kubeProxyMode: 'ipvs' });
    expect(parsed.featureGates).toEqual({ PreferSameTrafficDistribution: true });
    expect(String((parsed.kubeadmConfigPatches as string[])[0])).toContain('scheduler: lc');
    expect(ipvs.files.map((f) => f.path)).not.toContain('manifests/kube-proxy.yaml');
  });
});

describe('a kubectl get -o yaml dump from a managed cluster', () => {
  const lab = buildLab({ tool: 'kind', files: gkeDump });
  const manifests = lab.files.filter((f) => f.path.startsWith('manifests/'));

  it('applies what a fresh cluster accepts: no status, no server fields, no allocated IPs, no controller-owned pods', () => {
    const text = manifests.map((f) => f.text).join('\n');
    for (const field of [
      'status:',
      'managedFields',
      'resourceVersion',
      'uid:',
      'creationTimestamp',
      'clusterIP',
      'last-applied-configuration',
      'web-5d8f9c7b6d-x2x9k',
    ]) {
      expect(text).not.toContain(field);
    }
    expect(file(lab, 'README.md')).toContain('- Pod web-5d8f9c7b6d-x2x9k: its controller (ReplicaSet web-5d8f9c7b6d) creates it.');
  });

  it('gives manifests the engine reads without errors, with the workspace’s nodes', () => {
    const objects = manifests.flatMap((f) => parseAllDocuments(f.text).map((d) => d.toJSON() as { kind: string }));
    expect(objects.map((o) => o.kind).sort()).toEqual(['Deployment', 'Pod', 'Service']);
    // The lab's cluster: the real node names, labelled as setup.sh labels them.
    const node = (name: string, zone: string) =>
      `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n    topology.kubernetes.io/zone: ${zone}\n---\n`;
    const nodes = node('ktp-lab-worker', 'europe-west1-b') + node('ktp-lab-worker2', 'europe-west1-c');
    const report = analyzeFiles([{ name: 'nodes.yaml', text: nodes }, ...manifests.map((f) => ({ name: f.path, text: f.text }))]);
    expect(hasErrors(report.diagnostics)).toBe(false);
    expect(report.routes.map((r) => r.verdict)).toEqual(['forward']);
  });

  it('maps the nodes in order, adds the control plane kind needs, and keeps the kubelet’s own labels out', () => {
    const setup = file(lab, 'setup.sh');
    expect(setup).toContain('ktp-lab-control-plane        ← (added: kind and minikube need a control plane)');
    expect(setup).toContain('ktp-lab-worker               ← gke-lab-pool-1-a1b2');
    expect(setup).toContain('ktp-lab-worker2              ← gke-lab-pool-1-c3d4');
    expect(setup).toContain('topology.kubernetes.io/zone=europe-west1-b');
    expect(setup).not.toMatch(/kubernetes\.io\/hostname|kubernetes\.io\/os|beta\.kubernetes\.io/);
    expect(file(lab, 'README.md')).toContain('The workspace has no control-plane node');
    // The bare pod named its node: the real name replaces it.
    expect(manifests.map((f) => f.text).join('\n')).toContain('nodeName: ktp-lab-worker\n');
  });
});

describe('what cannot be made', () => {
  it('refuses a workspace with errors, as the CLI would', () => {
    const lab = buildLab({
      tool: 'kind',
      files: [{ name: 'bad.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n  - port: 99999\n' }],
    });
    expect(lab.files).toEqual([]);
    expect(lab.error).toContain('errors');
  });

  it('says what a local cluster does not show: LoadBalancer IPs, zones, Windows', () => {
    const lb = {
      name: 'lb.yaml',
      text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: lb\nspec:\n  type: LoadBalancer\n  selector:\n    app: echo\n  ports:\n  - port: 80\n    targetPort: 5678\n',
    };
    const win = {
      name: 'kp.yaml',
      text: 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: kernelspace\n',
    };
    const readme = file(buildLab({ tool: 'kind', files: [...seedFiles, lb, win], options: { kubernetesVersion: '1.34' } }), 'README.md');
    expect(readme).toContain('cloud-provider-kind');
    expect(readme).toContain('are only labels');
    expect(readme).toContain('Windows nodes');
  });
});
