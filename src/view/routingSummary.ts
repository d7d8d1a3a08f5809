/** One sentence per client about where its traffic goes, for the aria-live region. */
import type { RoutingReport } from '../engine';
import { formatShare } from '../engine';

const words = {
  'same-node': 'same node',
  'same-zone': 'same zone',
  'cross-zone': 'other zone',
  'unknown-zone': 'zone unknown',
} as const;

/**
 * @example
 * describeRouting(report, 'default/echo-svc');
 * // "default/echo-svc: client sends 100% to echo-… (same node)."
 */
export function describeRouting(report: RoutingReport, service: string): string {
  const routes = report.routes.filter((r) => r.service === service && r.traffic === 'internal');
  if (routes.length === 0) return `${service}: no client routes.`;
  const firstPort = routes[0]!.port;
  const parts = routes
    .filter((r) => r.port === firstPort)
    .map((r) => {
      const from = r.from.split('/')[1] ?? r.from;
      if (r.verdict === 'drop') return `${from}: dropped`;
      if (r.verdict === 'reject') return `${from}: rejected`;
      const shares = r.endpoints
        .filter((e) => e.weight > 0)
        .map((e) => `${formatShare(e.weight)} to ${e.pod.split('/')[1] ?? e.pod} (${words[e.locality]})`);
      return `${from} sends ${shares.join(', ')}`;
    });
  return `${service}: ${parts.join('; ')}.`;
}
