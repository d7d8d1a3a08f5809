/**
 * kubeproxy.config.k8s.io/v1alpha1 KubeProxyConfiguration: mode, ipvs.scheduler, featureGates, and
 * the fields that shape the iptables and nftables rules (clusterCIDR, detectLocalMode, detectLocal,
 * iptables.masqueradeAll / masqueradeBit for the iptables and IPVS proxiers, nftables.masqueradeAll /
 * masqueradeBit for the nftables one, nodePortAddresses, iptables.localhostNodePorts).
 */
import type { SourceRef } from '../diagnostics';
import type { DetectLocalMode, IpvsScheduler, KubeProxyConfiguration, KubeProxyTrafficConfig, ProxyMode } from '../model';
import { validateKubeProxyConfiguration } from '../validation/validateKubeProxyConfiguration';
import type { ObjectContext } from './objectContext';
import { reportKubeProxyConfigFields } from './kubeProxyConfigFields';
import { readBool, readInt, readObj, readString, readStringArray, type Obj } from './read';

/** kubeadm's pod network, which the playground hands pod IPs out of (scheduler/podIPs). */
export const DEFAULT_POD_NETWORK = '10.244.0.0/16';

/** kube-proxy's defaults (SetDefaults_KubeProxyConfiguration) with the clusterCIDR kubeadm writes. */
export function defaultTrafficConfig(written: boolean): KubeProxyTrafficConfig {
  return {
    clusterCIDR: written ? '' : DEFAULT_POD_NETWORK,
    detectLocalMode: 'ClusterCIDR',
    bridgeInterface: '',
    interfaceNamePrefix: '',
    masqueradeAll: false,
    masqueradeBit: 14,
    nftablesMasqueradeAll: false,
    nftablesMasqueradeBit: 14,
    nodePortAddresses: [],
    localhostNodePorts: true,
    written,
  };
}

/** What kube-proxy runs with when the workspace has no KubeProxyConfiguration: kubeadm's. */
export function defaultKubeProxyConfiguration(): KubeProxyConfiguration {
  return { mode: 'iptables', ipvsScheduler: 'rr', featureGates: {}, traffic: defaultTrafficConfig(false) };
}

/**
 * Decodes and validates the configuration; "" mode means iptables and "" scheduler means rr.
 *
 * @example
 * decodeKubeProxyConfiguration({ mode: 'ipvs', ipvs: { scheduler: '' } }, ctx, src); // { mode: 'ipvs', ipvsScheduler: 'rr', ... }
 */
export function decodeKubeProxyConfiguration(obj: Obj, ctx: ObjectContext, source: SourceRef): KubeProxyConfiguration {
  ctx.name = 'kube-proxy';
  ctx.refusedBy = 'kube-proxy';
  reportKubeProxyConfigFields(obj, ctx);
  const mode = readString(obj, 'mode', ctx, []) ?? '';
  const ipvs = readObj(obj, 'ipvs', ctx, []);
  const scheduler = (ipvs && readString(ipvs, 'scheduler', ctx, ['ipvs'])) ?? '';
  const featureGates = readObj(obj, 'featureGates', ctx, []) ?? {};
  const iptables = readObj(obj, 'iptables', ctx, []);
  const detectLocal = readObj(obj, 'detectLocal', ctx, []);
  const traffic = defaultTrafficConfig(true);
  traffic.clusterCIDR = (readString(obj, 'clusterCIDR', ctx, []) ?? '').trim();
  const detectLocalMode = readString(obj, 'detectLocalMode', ctx, []) ?? '';
  if (detectLocal) {
    traffic.bridgeInterface = readString(detectLocal, 'bridgeInterface', ctx, ['detectLocal']) ?? '';
    traffic.interfaceNamePrefix = readString(detectLocal, 'interfaceNamePrefix', ctx, ['detectLocal']) ?? '';
  }
  // v1alpha1 keeps masqueradeAll and masqueradeBit per proxier (Convert_v1alpha1_KubeProxyConfiguration_To_config:
  // nftables mode reads nftables.*, iptables and ipvs read iptables.*).
  traffic.masqueradeAll = (iptables && readBool(iptables, 'masqueradeAll', ctx, ['iptables'])) ?? false;
  const masqueradeBit = iptables ? readInt(iptables, 'masqueradeBit', ctx, ['iptables']) : undefined;
  if (masqueradeBit !== undefined) traffic.masqueradeBit = masqueradeBit;
  const nftables = readObj(obj, 'nftables', ctx, []);
  traffic.nftablesMasqueradeAll = (nftables && readBool(nftables, 'masqueradeAll', ctx, ['nftables'])) ?? false;
  const nftablesBit = nftables ? readInt(nftables, 'masqueradeBit', ctx, ['nftables']) : undefined;
  if (nftablesBit !== undefined) traffic.nftablesMasqueradeBit = nftablesBit;
  if ('masqueradeAll' in obj) {
    ctx.warning(
      ['masqueradeAll'],
      'unknown field "masqueradeAll": kubeproxy.config.k8s.io/v1alpha1 has no top-level masqueradeAll, so kube-proxy\'s strict decoding fails and its lenient decoding drops it; write iptables.masqueradeAll (iptables and ipvs modes) or nftables.masqueradeAll (nftables mode)',
    );
  }
  traffic.localhostNodePorts = (iptables && readBool(iptables, 'localhostNodePorts', ctx, ['iptables'])) ?? true;
  traffic.nodePortAddresses = readStringArray(obj, 'nodePortAddresses', ctx, []);
  validateKubeProxyConfiguration({ mode, scheduler, detectLocalMode, traffic }, ctx);
  if (detectLocalMode) traffic.detectLocalMode = detectLocalMode as DetectLocalMode;
  if (traffic.detectLocalMode === 'ClusterCIDR' && !traffic.clusterCIDR) {
    ctx.info(
      ['mode'],
      'detectLocalMode ClusterCIDR without clusterCIDR: kube-proxy cannot tell pod traffic from other traffic and uses its no-op detector, so it writes no masquerade rule for off-cluster traffic to cluster IPs (kubeadm sets clusterCIDR to the pod network)',
    );
  }
  return {
    mode: (mode || 'iptables') as ProxyMode,
    ipvsScheduler: (scheduler || 'rr') as IpvsScheduler,
    featureGates,
    traffic,
    source,
  };
}
