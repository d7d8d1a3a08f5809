/**
 * expected.txt: what the playground predicts hit.sh will count, step by step. Real pods have
 * other generated names and kube-proxy's choice is random, so the prediction is a share per
 * endpoint, named by its controller and (real) node, with the count it suggests.
 */
import type { ClientRoute, RoutingReport } from '../../engine';
import { formatShare } from '../../engine';
import type { LabNode } from './nodeNames';
import { realNodeName } from './nodeNames';

const LOCALITY_WORDS: Record<string, string> = {
  'same-node': 'same node',
  'same-zone': 'same zone',
  'cross-zone': 'another zone',
  'unknown-zone': 'zone unknown',
};

/** "echo (Deployment) on kind-worker": how a person recognises an endpoint on the real cluster. */
function endpointName(report: RoutingReport, podKey: string, node: string | undefined, nodes: readonly LabNode[]): string {
  const pod = report.pods.find((p) => p.key === podKey);
  const who = pod?.owner ? `${pod.owner.split(' ').slice(1).join(' ')} (${pod.owner.split(' ')[0]})` : (pod?.name ?? podKey);
  return node ? `${who} on ${realNodeName(nodes, node)}` : who;
}

/** The routes hit.sh exercises: client pods to Services, once per client, Service and port. */
export function labRoutes(report: RoutingReport): ClientRoute[] {
  return report.routes.filter((route) => route.traffic === 'internal');
}

function routeLines(report: RoutingReport, route: ClientRoute, nodes: readonly LabNode[], requests: number): string[] {
  const client = report.pods.find((p) => p.key === route.from);
  const where = route.node ? ` on ${realNodeName(nodes, route.node)}` : '';
  const head = `${client?.name ?? route.from}${where} → ${route.service.split('/').pop()}:${route.port}`;
  if (route.verdict !== 'forward') {
    return [
      head,
      `  ${route.verdict === 'drop' ? 'no answer: kube-proxy drops the traffic' : 'refused: kube-proxy rejects the traffic'} (${requests} × "(no answer)")`,
    ];
  }
  const shares = new Map<string, { weight: number; locality: string }>();
  for (const endpoint of route.endpoints) {
    const name = endpointName(report, endpoint.pod, endpoint.node, nodes);
    const entry = shares.get(name) ?? { weight: 0, locality: endpoint.locality };
    entry.weight += endpoint.weight;
    shares.set(name, entry);
  }
  const lines = [...shares]
    .sort((a, b) => b[1].weight - a[1].weight || a[0].localeCompare(b[0]))
    .map(([name, { weight, locality }]) => {
      const share = formatShare(weight).padStart(6);
      return `  ${share}  ${name} (${LOCALITY_WORDS[locality] ?? locality}), about ${Math.round(weight * requests)} of ${requests}`;
    });
  return [head, ...lines];
}

/** One step's block of expected.txt. */
export function expectedBlock(title: string, report: RoutingReport, nodes: readonly LabNode[], requests: number): string {
  const routes = labRoutes(report);
  const body = routes.length
    ? routes.flatMap((route) => routeLines(report, route, nodes, requests))
    : ['  (no client pod sends to a Service here: hit.sh has nothing to count)'];
  return [`## ${title}`, ...body].join('\n');
}
