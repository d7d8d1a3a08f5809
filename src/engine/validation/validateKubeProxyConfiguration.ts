/** kube-proxy's own config validation (pkg/proxy/apis/config/validation/validation.go). */
import type { ObjectContext } from '../decode/objectContext';
import { invalid } from './fieldErrors';

const LINUX_MODES = ['iptables', 'ipvs', 'nftables'];
/** validateIPVSSchedulerMethod's list, in its order ("" is the last entry). */
const IPVS_SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'sh', 'dh', 'sed', 'nq', ''];

/**
 * Mode and IPVS scheduler checks, worded as kube-proxy prints them before refusing to start.
 * NOTE: `kernelspace` is the Windows kube-proxy's mode; the playground accepts it as a way to
 * model Windows nodes (a Linux kube-proxy would refuse it).
 *
 * @example
 * validateKubeProxyConfiguration({ mode: 'userspace', scheduler: '' }, ctx);
 * // KubeProxyConfiguration.ProxyMode: Invalid value: "userspace": must be iptables, ipvs, nftables or blank (...)
 */
export function validateKubeProxyConfiguration(config: { mode: string; scheduler: string }, ctx: ObjectContext): void {
  if (config.mode !== '' && config.mode !== 'kernelspace' && !LINUX_MODES.includes(config.mode)) {
    ctx.error(
      ['mode'],
      invalid(
        'KubeProxyConfiguration.ProxyMode',
        config.mode,
        `must be ${LINUX_MODES.join(', ')} or blank (blank means the best-available proxy [currently iptables])`,
      ),
    );
  }
  if (config.mode === 'ipvs' && !IPVS_SCHEDULERS.includes(config.scheduler)) {
    ctx.error(
      ['ipvs', 'scheduler'],
      invalid(
        'KubeProxyConfiguration.KubeProxyIPVSConfiguration.Scheduler',
        config.scheduler,
        `must be in [${IPVS_SCHEDULERS.join(' ')}], blank means the default algorithm method (currently rr)`,
      ),
    );
  }
}
