/**
 * What the playground says about the KubeProxyConfiguration fields it does not read: kube-proxy
 * reads every field of kubeproxy.config.k8s.io/v1alpha1 (staging/src/k8s.io/kube-proxy/config/v1alpha1/types.go),
 * the playground only those that decide where a connection goes and how the rules are written;
 * a field v1alpha1 does not have fails kube-proxy's strict decoding and its lenient decoding drops it.
 */
import type { ObjectContext } from './objectContext';
import type { Obj } from './read';

/** v1alpha1 fields, each with its sub-fields when it is an object (true: a leaf or a map). */
const V1ALPHA1: Record<string, true | readonly string[]> = {
  apiVersion: true,
  kind: true,
  featureGates: true,
  clientConnection: true,
  hostnameOverride: true,
  bindAddress: true,
  healthzBindAddress: true,
  metricsBindAddress: true,
  bindAddressHardFail: true,
  enableProfiling: true,
  showHiddenMetricsForVersion: true,
  mode: true,
  iptables: ['masqueradeAll', 'masqueradeBit', 'localhostNodePorts', 'syncPeriod', 'minSyncPeriod'],
  ipvs: ['syncPeriod', 'minSyncPeriod', 'scheduler', 'excludeCIDRs', 'strictARP', 'tcpTimeout', 'tcpFinTimeout', 'udpTimeout'],
  nftables: ['masqueradeAll', 'masqueradeBit', 'syncPeriod', 'minSyncPeriod'],
  winkernel: true,
  detectLocalMode: true,
  detectLocal: ['bridgeInterface', 'interfaceNamePrefix'],
  clusterCIDR: true,
  nodePortAddresses: true,
  oomScoreAdj: true,
  conntrack: true,
  configSyncPeriod: true,
  portRange: true,
  windowsRunAsService: true,
  logging: true,
};

/** The fields the playground reads (decodeKubeProxyConfiguration). */
const MODELLED = new Set([
  'apiVersion',
  'kind',
  'featureGates',
  'mode',
  'ipvs.scheduler',
  'iptables.masqueradeAll',
  'iptables.masqueradeBit',
  'iptables.localhostNodePorts',
  'nftables.masqueradeAll',
  'nftables.masqueradeBit',
  'detectLocalMode',
  'detectLocal.bridgeInterface',
  'detectLocal.interfaceNamePrefix',
  'clusterCIDR',
  'nodePortAddresses',
]);

/**
 * One info naming the written fields the playground does not model, and a warning per field
 * v1alpha1 does not have (a misplaced masqueradeAll has its own, more precise warning).
 *
 * @example
 * reportKubeProxyConfigFields({ mode: 'ipvs', ipvs: { strictARP: true }, conntrack: {} }, ctx);
 * // info: "KubeProxyConfiguration fields the playground does not model: ipvs.strictARP, conntrack; ..."
 */
export function reportKubeProxyConfigFields(obj: Obj, ctx: ObjectContext): void {
  const unmodelled: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    const known = V1ALPHA1[key];
    if (!known) {
      if (key !== 'masqueradeAll' && key !== 'metadata')
        ctx.warning(
          [key],
          `unknown field "${key}": kubeproxy.config.k8s.io/v1alpha1 has no such field, so kube-proxy's strict decoding fails and its lenient decoding drops it`,
        );
      continue;
    }
    if (known === true || typeof value !== 'object' || value === null || Array.isArray(value)) {
      if (!MODELLED.has(key)) unmodelled.push(key);
      continue;
    }
    for (const sub of Object.keys(value)) {
      const path = `${key}.${sub}`;
      if (!known.includes(sub))
        ctx.warning([key, sub], `unknown field "${path}": kubeproxy.config.k8s.io/v1alpha1 has no such field, so kube-proxy drops it`);
      else if (!MODELLED.has(path)) unmodelled.push(path);
    }
  }
  if (unmodelled.length)
    ctx.info(
      [],
      `KubeProxyConfiguration fields the playground does not model: ${unmodelled.join(', ')}; the rules and routes are computed without them`,
    );
}
