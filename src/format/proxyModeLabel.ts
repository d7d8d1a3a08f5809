import type { RoutingReport } from '../engine';

/**
 * kube-proxy's mode as exports print it, with the IPVS scheduler when there is one.
 * @example
 * proxyModeLabel({ proxyMode: 'ipvs', ipvsScheduler: 'rr' }); // 'ipvs (rr)'
 */
export function proxyModeLabel(report: Pick<RoutingReport, 'proxyMode' | 'ipvsScheduler'>): string {
  return report.ipvsScheduler ? `${report.proxyMode} (${report.ipvsScheduler})` : report.proxyMode;
}
