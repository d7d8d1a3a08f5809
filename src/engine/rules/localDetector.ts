/**
 * kube-proxy's local-traffic detector (pkg/proxy/util/localdetector.go, chosen by detectLocalMode
 * in cmd/kube-proxy getLocalDetectors): how a rule says "from a pod on this cluster/node".
 */
import type { KubeProxyTrafficConfig } from '../model';
import { parseCIDR, type IPFamily } from '../validation/cidr';

export interface LocalDetector {
  /** False for the no-op detector: no "not local → masquerade" rule, no pod short-circuit. */
  implemented: boolean;
  /** iptables match arguments, e.g. "-s 10.244.0.0/16" and "! -s 10.244.0.0/16". */
  iptablesIfLocal: string;
  iptablesIfNotLocal: string;
  /** nftables expressions, e.g. "ip saddr 10.244.0.0/16" and "ip saddr != 10.244.0.0/16". */
  nftIfLocal: string;
  nftIfNotLocal: string;
  /** What the detector matches, in words. */
  description: string;
}

const NO_OP: LocalDetector = {
  implemented: false,
  iptablesIfLocal: '',
  iptablesIfNotLocal: '',
  nftIfLocal: '',
  nftIfNotLocal: '',
  description: '',
};

function byCIDR(cidr: string, why: string): LocalDetector {
  return {
    implemented: true,
    iptablesIfLocal: `-s ${cidr}`,
    iptablesIfNotLocal: `! -s ${cidr}`,
    nftIfLocal: `ip saddr ${cidr}`,
    nftIfNotLocal: `ip saddr != ${cidr}`,
    description: `${why} ${cidr}`,
  };
}

function byInterface(name: string, why: string): LocalDetector {
  return {
    implemented: true,
    iptablesIfLocal: `-i ${name.endsWith('*') ? `${name.slice(0, -1)}+` : name}`,
    iptablesIfNotLocal: `! -i ${name.endsWith('*') ? `${name.slice(0, -1)}+` : name}`,
    nftIfLocal: `iifname ${name}`,
    nftIfNotLocal: `iifname != ${name}`,
    description: `${why} ${name}`,
  };
}

/**
 * The detector for one node and family; `nodePodCIDRs` are the node's spec.podCIDRs.
 *
 * @example
 * localDetector({ ...traffic, detectLocalMode: 'NodeCIDR' }, ['10.244.1.0/24']).iptablesIfNotLocal; // "! -s 10.244.1.0/24"
 */
export function localDetector(t: KubeProxyTrafficConfig, nodePodCIDRs: readonly string[], family: IPFamily = 'IPv4'): LocalDetector {
  const ofFamily = (cidrs: readonly string[]) => cidrs.map((c) => parseCIDR(c.trim())).find((p) => p?.family === family)?.text;
  switch (t.detectLocalMode) {
    case 'ClusterCIDR': {
      const cidr = t.clusterCIDR ? ofFamily(t.clusterCIDR.split(',')) : undefined;
      return cidr ? byCIDR(cidr, 'source in clusterCIDR') : NO_OP;
    }
    case 'NodeCIDR': {
      const cidr = ofFamily(nodePodCIDRs);
      return cidr ? byCIDR(cidr, "source in the node's podCIDR") : NO_OP;
    }
    case 'BridgeInterface':
      return t.bridgeInterface ? byInterface(t.bridgeInterface, 'arriving on bridge') : NO_OP;
    case 'InterfaceNamePrefix':
      return t.interfaceNamePrefix ? byInterface(`${t.interfaceNamePrefix}*`, 'arriving on an interface named') : NO_OP;
  }
}
