/** The lab folder's README: prerequisites, the commands, tear-down, and what a local cluster cannot show. */
import type { RoutingReport } from '../../engine';
import type { ClusterSettings } from './kindConfig';
import { localProxyMode, minikubeVersion } from './kindConfig';
import type { LabTool } from './labTypes';
import type { SkippedObject } from './labManifests';

export interface ReadmeInput {
  tool: LabTool;
  settings: ClusterSettings;
  report: RoutingReport;
  skipped: readonly SkippedObject[];
  steps: number;
}

/** What the workspace has that a local cluster will not show the same way. */
export function labLimits(input: ReadmeInput): string[] {
  const { report, settings } = input;
  const limits: string[] = [];
  if (report.services.some((s) => s.type === 'LoadBalancer')) {
    limits.push(
      input.tool === 'kind'
        ? 'LoadBalancer Services stay `<pending>` without a cloud provider: run cloud-provider-kind beside the cluster to get their IPs.'
        : 'LoadBalancer Services stay `<pending>` until you run `minikube tunnel` in another terminal.',
    );
  }
  const zones = new Set(settings.nodes.map((n) => n.labels['topology.kubernetes.io/zone']).filter(Boolean));
  if (zones.size > 1) {
    limits.push(
      `The zones (${[...zones].join(', ')}) are only labels: every node runs on this machine, so crossing a "zone" costs nothing and adds no latency.`,
    );
  }
  if (settings.proxyMode === 'kernelspace') {
    limits.push(
      'The workspace models Windows nodes (kube-proxy kernelspace): a local Linux cluster runs iptables instead, so rules and affinity differ.',
    );
  }
  if (settings.nodes.some((n) => n.added)) {
    limits.push('The workspace has no control-plane node; kind and minikube need one, so the lab adds it (tainted, it runs no workload).');
  }
  if (input.tool === 'minikube' && settings.nodes.filter((n) => n.role === 'control-plane').length > 1) {
    limits.push(
      "minikube starts one control plane; the workspace's other control-plane nodes become workers (labels and taints still follow them).",
    );
  }
  limits.push('Pods that controllers create get other generated names: expected.txt names endpoints by their controller and node.');
  limits.push('kube-proxy picks endpoints at random: expect counts near the shares in expected.txt, not equal to them.');
  return limits;
}

/** README.md of the lab folder. */
export function labReadme(input: ReadmeInput): string {
  const { tool, settings } = input;
  const prerequisites =
    tool === 'kind'
      ? ['Docker (or Podman) running', '`kind` (v0.30 or newer for the images in kind-config.yaml)', '`kubectl`']
      : ['`minikube` with a driver (Docker works)', '`kubectl`'];
  const teardown = tool === 'kind' ? `kind delete cluster --name ${settings.cluster}` : `minikube delete -p ${settings.cluster}`;
  const skipped = input.skipped.length ? ['', '## Not applied', '', ...input.skipped.map((s) => `- ${s.kind} ${s.name}: ${s.why}.`)] : [];
  return [
    `# Real-cluster lab: ${settings.cluster}`,
    '',
    `Recreates the Kube Traffic Playground workspace on a local ${tool} cluster: ${settings.nodes.length} nodes, Kubernetes ${minikubeVersion(settings.version)}, kube-proxy in ${localProxyMode(settings.proxyMode)} mode.`,
    '',
    '## You need',
    '',
    ...prerequisites.map((p) => `- ${p}`),
    '',
    '## Run it',
    '',
    '```sh',
    './setup.sh        # create the cluster, label and taint its nodes, apply manifests/, wait for the pods',
    './hit.sh 20       # send 20 requests from each client pod to each Service, count the answers',
    'cat expected.txt  # what the playground predicts for the same counts',
    ...(input.steps ? ['./steps.sh        # the timeline, one step at a time, each followed by hit.sh (AUTO=1 to run them all)'] : []),
    '```',
    '',
    tool === 'kind'
      ? '`kind-config.yaml` pins a node image for the modelled version; `KIND_NODE_IMAGE=kindest/node:vX.Y.Z ./setup.sh` picks another.'
      : 'setup.sh starts minikube with the modelled version, feature gates and kube-proxy mode.',
    '',
    '## Tear down',
    '',
    '```sh',
    teardown,
    '```',
    '',
    '## What a local cluster shows differently',
    '',
    ...labLimits(input).map((l) => `- ${l}`),
    ...skipped,
    '',
  ].join('\n');
}
