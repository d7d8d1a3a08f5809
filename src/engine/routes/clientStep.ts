/** The first step of every client route: how the client reaches the Service. */
import type { ClientRoute, TraceStep } from '../report';

/**
 * A route's first step: the client connecting to the Service, handled by its node's kube-proxy.
 * `target` is what the client connects to (the ClusterIP, else the Service's name).
 *
 * @example
 * clientStep({ from: 'default/client', fromIP: '10.244.1.5', node: 'mnode-m02', port: 80 }, 'zone-a', '10.96.0.10').message;
 * // "default/client (10.244.1.5) on mnode-m02 (zone-a) connects to 10.96.0.10:80 → handled by kube-proxy's rules on mnode-m02"
 */
export function clientStep(
  route: Pick<ClientRoute, 'from' | 'fromIP' | 'node' | 'port' | 'ipFamily'>,
  zone: string | undefined,
  target: string,
): TraceStep {
  const client = `${route.from}${route.fromIP ? ` (${route.fromIP})` : ''}`;
  const to = target.includes(':') ? `[${target}]` : target;
  const proxier = route.ipFamily
    ? ` (the Service's ${route.ipFamily} cluster IP: kube-proxy's ${route.ipFamily} proxier serves it from the ${route.ipFamily} EndpointSlices only)`
    : '';
  const message = `${client} on ${route.node}${zone ? ` (${zone})` : ''} connects to ${to}:${route.port}${proxier} → handled by kube-proxy's rules on ${route.node}`;
  return { stage: 'client', rule: 'ClusterIP', message };
}
