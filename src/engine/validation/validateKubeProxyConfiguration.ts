/** kube-proxy's own config validation (pkg/proxy/apis/config/validation/validation.go). */
import type { ObjectContext } from '../decode/objectContext';
import type { KubeProxyTrafficConfig } from '../model';
import { parseCIDR } from './cidr';
import { invalid, notSupported, required } from './fieldErrors';

const LINUX_MODES = ['iptables', 'ipvs', 'nftables'];
/** validateIPVSSchedulerMethod's list, in its order ("" is the last entry). */
const IPVS_SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'sh', 'dh', 'sed', 'nq', ''];
const DETECT_LOCAL_MODES = ['ClusterCIDR', 'NodeCIDR', 'BridgeInterface', 'InterfaceNamePrefix'];
const ROOT = 'KubeProxyConfiguration';

export interface WrittenKubeProxyConfiguration {
  mode: string;
  scheduler: string;
  detectLocalMode?: string;
  traffic?: KubeProxyTrafficConfig;
}

/**
 * Mode, IPVS scheduler and traffic-shaping checks, worded as kube-proxy prints them before refusing to start.
 * NOTE: `kernelspace` is the Windows kube-proxy's mode; the playground accepts it as a way to
 * model Windows nodes (a Linux kube-proxy would refuse it).
 *
 * @example
 * validateKubeProxyConfiguration({ mode: 'userspace', scheduler: '' }, ctx);
 * // KubeProxyConfiguration.ProxyMode: Invalid value: "userspace": must be iptables, ipvs, nftables or blank (...)
 */
export function validateKubeProxyConfiguration(config: WrittenKubeProxyConfiguration, ctx: ObjectContext): void {
  if (config.mode !== '' && config.mode !== 'kernelspace' && !LINUX_MODES.includes(config.mode)) {
    ctx.error(
      ['mode'],
      invalid(
        `${ROOT}.ProxyMode`,
        config.mode,
        `must be ${LINUX_MODES.join(', ')} or blank (blank means the best-available proxy [currently iptables])`,
      ),
    );
  }
  if (config.mode === 'ipvs' && !IPVS_SCHEDULERS.includes(config.scheduler)) {
    ctx.error(
      ['ipvs', 'scheduler'],
      invalid(
        `${ROOT}.KubeProxyIPVSConfiguration.Scheduler`,
        config.scheduler,
        `must be in [${IPVS_SCHEDULERS.join(' ')}], blank means the default algorithm method (currently rr)`,
      ),
    );
  }
  if (config.traffic) validateTraffic(config.traffic, config.detectLocalMode ?? '', ctx);
  // Validate checks the nftables section only in nftables mode.
  if (
    config.traffic &&
    config.mode === 'nftables' &&
    (config.traffic.nftablesMasqueradeBit < 0 || config.traffic.nftablesMasqueradeBit > 31)
  ) {
    ctx.error(
      ['nftables', 'masqueradeBit'],
      invalid(
        `${ROOT}.KubeProxyNFTablesConfiguration.MasqueradeBit`,
        config.traffic.nftablesMasqueradeBit,
        'must be within the range [0, 31]',
      ),
    );
  }
}

function validateTraffic(t: KubeProxyTrafficConfig, detectLocalMode: string, ctx: ObjectContext): void {
  if (t.masqueradeBit < 0 || t.masqueradeBit > 31) {
    ctx.error(
      ['iptables', 'masqueradeBit'],
      invalid(`${ROOT}.KubeProxyIPTablesConfiguration.MasqueradeBit`, t.masqueradeBit, 'must be within the range [0, 31]'),
    );
  }
  if (t.clusterCIDR) {
    const cidrs = t.clusterCIDR.split(',');
    const field = `${ROOT}.ClusterCIDR`;
    if (cidrs.length > 2) {
      ctx.error(
        ['clusterCIDR'],
        invalid(field, t.clusterCIDR, 'only one CIDR allowed or a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)'),
      );
    } else if (cidrs.length === 2) {
      const [a, b] = cidrs.map((c) => parseCIDR(c.trim()));
      if (!a || !b || a.family === b.family)
        ctx.error(
          ['clusterCIDR'],
          invalid(field, t.clusterCIDR, 'must be a valid DualStack CIDR (e.g. 10.100.0.0/16,fde4:8dba:82e1::/48)'),
        );
    } else if (!parseCIDR(t.clusterCIDR)) {
      ctx.error(['clusterCIDR'], invalid(field, t.clusterCIDR, 'must be a valid CIDR block (e.g. 10.100.0.0/16 or fde4:8dba:82e1::/48)'));
    }
  }
  if (detectLocalMode !== '' && !DETECT_LOCAL_MODES.includes(detectLocalMode)) {
    ctx.error(['detectLocalMode'], notSupported(`${ROOT}.DetectLocalMode`, detectLocalMode, DETECT_LOCAL_MODES));
  }
  if (detectLocalMode === 'BridgeInterface' && t.bridgeInterface === '') {
    ctx.error(['detectLocal', 'bridgeInterface'], required(`${ROOT}.DetectLocal.BridgeInterface`, 'must not be empty'));
  }
  if (detectLocalMode === 'InterfaceNamePrefix' && t.interfaceNamePrefix === '') {
    ctx.error(['detectLocal', 'interfaceNamePrefix'], required(`${ROOT}.DetectLocal.InterfaceNamePrefix`, 'must not be empty'));
  }
  t.nodePortAddresses.forEach((address, i) => {
    const field = `${ROOT}.NodePortAddresses[${i}]`;
    if (address === 'primary') {
      if (i !== 0 || t.nodePortAddresses.length > 1)
        ctx.error(['nodePortAddresses', i], invalid(field, address, "can't use both 'primary' and CIDRs"));
    } else if (!parseCIDR(address)) {
      ctx.error(['nodePortAddresses', i], invalid(field, address, 'must be a valid CIDR'));
    }
  });
}
