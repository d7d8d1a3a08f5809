/**
 * kind's cluster config (`kind.x-k8s.io/v1alpha4` Cluster) and minikube's start line for the
 * workspace: its nodes, the node image of the modelled version, feature gates and kube-proxy's mode.
 */
import { stringify } from 'yaml';
import type { KubeVersion, ProxyMode } from '../../engine';
import type { LabNode } from './nodeNames';
import { shellQuote } from './eventCommands';

/**
 * kind's node image per modelled minor version: a patch release kind published an image for.
 * kind's release notes list the images each kind release was built and tested with; override
 * with `KIND_NODE_IMAGE=… ./setup.sh` when yours needs another.
 */
export const KIND_NODE_IMAGES: Record<KubeVersion, string> = {
  '1.30': 'kindest/node:v1.30.13',
  '1.31': 'kindest/node:v1.31.12',
  '1.32': 'kindest/node:v1.32.8',
  '1.33': 'kindest/node:v1.33.4',
  '1.34': 'kindest/node:v1.34.0',
  '1.35': 'kindest/node:v1.35.0',
  '1.36': 'kindest/node:v1.36.0',
};

/** kube-proxy modes a local Linux cluster can run; Windows' kernelspace has no local equivalent. */
export function localProxyMode(mode: ProxyMode): 'iptables' | 'ipvs' | 'nftables' {
  return mode === 'kernelspace' ? 'iptables' : mode;
}

export interface ClusterSettings {
  cluster: string;
  version: KubeVersion;
  nodes: readonly LabNode[];
  proxyMode: ProxyMode;
  ipvsScheduler?: string;
  /** Gates set away from the version's defaults (control plane and kube-proxy alike). */
  featureGates: Record<string, boolean>;
}

/**
 * kind-config.yaml. The nodes' labels and taints are set with kubectl once they exist (setup.sh), as
 * the article does.
 *
 * @example
 * kindConfig({ cluster: 'mnode', version: '1.34', nodes, proxyMode: 'iptables', featureGates: {} });
 */
export function kindConfig(settings: ClusterSettings): string {
  const config: Record<string, unknown> = {
    kind: 'Cluster',
    apiVersion: 'kind.x-k8s.io/v1alpha4',
    name: settings.cluster,
  };
  if (Object.keys(settings.featureGates).length) config.featureGates = settings.featureGates;
  config.networking = { kubeProxyMode: localProxyMode(settings.proxyMode) };
  config.nodes = settings.nodes.map((node) => ({ role: node.role, image: KIND_NODE_IMAGES[settings.version] }));
  if (settings.proxyMode === 'ipvs' && settings.ipvsScheduler && settings.ipvsScheduler !== 'rr') {
    config.kubeadmConfigPatches = [
      stringify({
        kind: 'KubeProxyConfiguration',
        apiVersion: 'kubeproxy.config.k8s.io/v1alpha1',
        ipvs: { scheduler: settings.ipvsScheduler },
      }),
    ];
  }
  return `# kind create cluster --config kind-config.yaml   (setup.sh does this)\n${stringify(config, { lineWidth: 0 })}`;
}

/** The full Kubernetes version minikube is asked for (its patch .0 of the modelled minor). */
export function minikubeVersion(version: KubeVersion): string {
  return `v${version}.0`;
}

/** `minikube start …` for the workspace. */
export function minikubeStart(settings: ClusterSettings): string {
  const args = ['minikube', 'start', '-p', shellQuote(settings.cluster), '--nodes', String(settings.nodes.length)];
  args.push('--kubernetes-version', minikubeVersion(settings.version));
  const gates = Object.entries(settings.featureGates).map(([gate, on]) => `${gate}=${on}`);
  if (gates.length) args.push(`--feature-gates=${gates.join(',')}`);
  const mode = localProxyMode(settings.proxyMode);
  if (mode !== 'iptables') args.push(`--extra-config=kube-proxy.mode=${mode}`);
  if (mode === 'ipvs' && settings.ipvsScheduler && settings.ipvsScheduler !== 'rr') {
    args.push(`--extra-config=kube-proxy.ipvs.scheduler=${settings.ipvsScheduler}`);
  }
  return args.join(' ');
}
