/**
 * The allocation step of Service creation: cluster IPs, node ports and health-check node
 * ports (registry/core/service, ipallocator/portallocator), plus playground LB VIPs.
 * A Service whose requested IP or port cannot be allocated is refused, like the API server does.
 */
import { invalid } from '../validation/fieldErrors';
import { needsHealthCheck, type WrittenService } from '../validation/writtenService';
import { ClusterIPAllocator, LoadBalancerVIPAllocator, NODE_PORT_RANGE, NodePortAllocator, SERVICE_CIDR } from './allocators';
import type { ObjectContext } from './objectContext';

export interface PendingService {
  written: WrittenService;
  ctx: ObjectContext;
}

/**
 * Fills clusterIP, nodePorts and LB VIPs in place; returns the Services that were accepted.
 *
 * @example
 * allocateServices(pending).map((p) => p.written.clusterIP); // ['10.101.23.7', ...]
 */
export function allocateServices(pending: readonly PendingService[]): PendingService[] {
  const ips = new ClusterIPAllocator();
  const nodePorts = new NodePortAllocator();
  const vips = new LoadBalancerVIPAllocator();

  // Pass 1: what users asked for explicitly, so a hashed choice never steals a requested value.
  for (const { written: svc, ctx } of pending) {
    if (svc.type !== 'ExternalName' && svc.clusterIP && svc.clusterIP !== 'None' && !svc.clusterIP.includes(':')) {
      const result = ips.reserve(svc.clusterIP);
      if (result !== 'ok') {
        const why =
          result === 'taken'
            ? 'provided IP is already allocated'
            : `the provided IP (${svc.clusterIP}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`;
        ctx.error(['spec', 'clusterIP'], invalid('spec.clusterIPs', [svc.clusterIP], `failed to allocate IP ${svc.clusterIP}: ${why}`));
      }
    }
    const nodePortPaths: [number, (string | number)[], string][] = svc.ports.map((p, i) => [
      p.nodePort,
      ['spec', 'ports', i, 'nodePort'],
      `spec.ports[${i}].nodePort`,
    ]);
    nodePortPaths.push([svc.healthCheckNodePort, ['spec', 'healthCheckNodePort'], 'spec.healthCheckNodePort']);
    for (const [port, path, field] of nodePortPaths) {
      if (!port) continue;
      const result = nodePorts.reserve(port);
      if (result === 'taken') ctx.error(path, invalid(field, port, 'provided port is already allocated'));
      if (result === 'out-of-range') {
        ctx.error(
          path,
          invalid(
            field,
            port,
            `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`,
          ),
        );
      }
    }
  }

  const accepted: PendingService[] = [];
  for (const entry of pending) {
    const { written: svc, ctx } = entry;
    if (ctx.errorCount > 0) continue;
    const key = `${svc.metadata.namespace}/${svc.metadata.name}`;
    if (svc.type !== 'ExternalName' && !svc.clusterIP) {
      const ip = ips.allocate(key);
      if (!ip) {
        ctx.error(['spec'], invalid('spec.clusterIPs', [], `failed to allocate a serviceIP: range is full`));
        continue;
      }
      svc.clusterIP = ip;
    }
    const wantsNodePorts = svc.type === 'NodePort' || (svc.type === 'LoadBalancer' && svc.allocateLoadBalancerNodePorts !== false);
    if (wantsNodePorts) {
      svc.ports.forEach((p, i) => {
        if (p.nodePort) return;
        const port = nodePorts.allocate(`${key}:${p.protocol}/${p.port}`);
        if (port === undefined)
          ctx.error(['spec', 'ports', i], invalid(`spec.ports[${i}].nodePort`, 0, 'failed to allocate a nodePort: range is full'));
        else p.nodePort = port;
      });
    }
    if (needsHealthCheck(svc) && !svc.healthCheckNodePort) svc.healthCheckNodePort = nodePorts.allocate(`${key}:healthz`) ?? 0;
    if (svc.type === 'LoadBalancer' && svc.loadBalancerIPs.length === 0) {
      const vip = vips.allocate(key);
      if (vip) {
        svc.loadBalancerIPs = [vip];
        ctx.info(
          ['metadata', 'name'],
          `${ctx.label} has no status.loadBalancer.ingress; the playground assumes the load-balancer IP ${vip} (a cloud controller would assign one) so the external path can be drawn`,
        );
      }
    }
    if (ctx.errorCount === 0) accepted.push(entry);
  }
  return accepted;
}
