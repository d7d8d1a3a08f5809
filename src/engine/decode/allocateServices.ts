/**
 * The allocation step of Service creation: cluster IPs, node ports and health-check node
 * ports (registry/core/service, ipallocator/portallocator), plus playground LB VIPs.
 * A Service whose requested IP or port cannot be allocated is refused, like the API server does.
 */
import { invalid } from '../validation/fieldErrors';
import { parseCIDR, parseIP, prefixContains, type IPFamily } from '../validation/cidr';
import { needsHealthCheck, type WrittenService } from '../validation/writtenService';
import {
  ClusterIPAllocator,
  DEFAULT_SERVICE_RANGES,
  LoadBalancerVIPAllocator,
  NODE_PORT_RANGE,
  NodePortAllocator,
  type ServiceRange,
} from './allocators';
import { defaultIPFamilies } from './ipFamilies';
import type { ObjectContext } from './objectContext';

export interface PendingService {
  written: WrittenService;
  ctx: ObjectContext;
}

/** The Service ranges, and whether the API server allocates with the ServiceCIDR-aware allocator (1.33+, or ServiceCIDRs given). */
export interface ServiceAllocation {
  ranges: readonly ServiceRange[];
  multiCIDR: boolean;
}

const DEFAULT_ALLOCATION: ServiceAllocation = { ranges: DEFAULT_SERVICE_RANGES, multiCIDR: true };

/**
 * A requested cluster IP: reserved, or refused in the allocator's words. An address outside every
 * range in a Service read from a live cluster is kept, with an info on how to declare its range.
 */
function reserveClusterIP(
  svc: WrittenService,
  ip: string,
  index: number,
  ctx: ObjectContext,
  ips: ClusterIPAllocator,
  options: ServiceAllocation,
): void {
  const at = index === 0 ? ['spec', 'clusterIP'] : ['spec', 'clusterIPs', index];
  const result = ips.reserve(ip);
  if (result === 'ok') return;
  if (result === 'taken') {
    ctx.error(at, invalid('spec.clusterIPs', [ip], `failed to allocate IP ${ip}: provided IP is already allocated`));
    return;
  }
  const family = ip.includes(':') ? 'IPv6' : 'IPv4';
  const ranges = ips.rangesText(family) || ips.rangesText();
  const around = parseCIDR(`${ip}/${family === 'IPv6' ? 112 : 16}`)?.text ?? ip;
  const declare = `declare the cluster's range with a ServiceCIDR (apiVersion: networking.k8s.io/v1, v1beta1 before 1.33, kind: ServiceCIDR, spec.cidrs: ["${around}"] or the range the cluster really uses; one named kubernetes replaces the default range)`;
  if (svc.live) {
    if (ips.keep(ip) === 'taken') {
      ctx.error(at, invalid('spec.clusterIPs', [ip], `failed to allocate IP ${ip}: provided IP is already allocated`));
      return;
    }
    ctx.info(
      at,
      `${ctx.label} has clusterIP ${ip}, outside the Service ranges the playground knows (${ranges}); it was read from a live cluster (metadata.managedFields/resourceVersion), whose range the input does not declare, so the address is kept as it is. To have it checked, ${declare}`,
    );
    return;
  }
  const holder = options.multiCIDR ? undefined : ips.ranges.find((r) => r.prefix.family === family);
  // The ServiceCIDR-aware allocator finds no range for the address; the single-range one names its range.
  const why = options.multiCIDR
    ? outOfRangeWords(ip, ips, family)
    : `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${holder?.prefix.text ?? ranges}`;
  ctx.error(at, invalid('spec.clusterIPs', [ip], `failed to allocate IP ${ip}: ${why}; ${declare}`));
}

/** The MetaAllocator's words: no ServiceCIDR holds the address, or it is the network/broadcast address of one. */
function outOfRangeWords(ip: string, ips: ClusterIPAllocator, family: 'IPv4' | 'IPv6'): string {
  const inside = ips.ranges.find((r) => r.prefix.family === family && prefixHolds(r, ip));
  if (inside) return `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${inside.prefix.text}`;
  return `the provided network does not match the current range (no ServiceCIDR holds it: ${ips.rangesText()})`;
}

/**
 * Fills clusterIP, nodePorts and LB VIPs in place; returns the Services that were accepted.
 *
 * @example
 * allocateServices(pending).map((p) => p.written.clusterIP); // ['10.101.23.7', ...]
 */
export function allocateServices(pending: readonly PendingService[], options: ServiceAllocation = DEFAULT_ALLOCATION): PendingService[] {
  const ips = new ClusterIPAllocator(options.ranges);
  const nodePorts = new NodePortAllocator();
  const vips = new LoadBalancerVIPAllocator();

  // Pass 1: what users asked for explicitly, so a hashed choice never steals a requested value.
  for (const { written: svc, ctx } of pending) {
    defaultIPFamilies(svc, ips.families(), ctx);
    if (svc.type !== 'ExternalName' && svc.clusterIP && svc.clusterIP !== 'None' && ctx.errorCount === 0) {
      const requested = svc.clusterIPs?.length ? svc.clusterIPs : [svc.clusterIP];
      for (let i = 0; i < requested.length; i++) reserveClusterIP(svc, requested[i]!, i, ctx, ips, options);
    }
    // Paths are written only for a port the user asked for (most Services ask for none).
    for (let i = 0; i <= svc.ports.length; i++) {
      const port = i < svc.ports.length ? svc.ports[i]!.nodePort : svc.healthCheckNodePort;
      if (!port) continue;
      const path = i < svc.ports.length ? ['spec', 'ports', i, 'nodePort'] : ['spec', 'healthCheckNodePort'];
      const field = i < svc.ports.length ? `spec.ports[${i}].nodePort` : 'spec.healthCheckNodePort';
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
    if (svc.type !== 'ExternalName' && svc.clusterIP !== 'None') {
      // One address per family of spec.ipFamilies; the first family keeps the Service's own key.
      const assigned = svc.clusterIPs?.length ? [...svc.clusterIPs] : svc.clusterIP ? [svc.clusterIP] : [];
      const families = (svc.ipFamilies ?? ['IPv4']) as IPFamily[];
      for (let i = assigned.length; i < families.length; i++) {
        const ip = ips.allocate(i === 0 ? key : `${key}/${families[i]}`, families[i]);
        if (!ip) {
          ctx.error(['spec'], invalid('spec.clusterIPs', assigned, `failed to allocate a serviceIP: range is full`));
          break;
        }
        assigned.push(ip);
      }
      if (ctx.errorCount > 0) continue;
      svc.clusterIP = assigned[0] ?? '';
      svc.clusterIPs = assigned;
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
    if (svc.type === 'LoadBalancer' && svc.loadBalancerIPs.length === 0 && svc.loadBalancerHostnames?.length) {
      const names = svc.loadBalancerHostnames.join(', ');
      ctx.info(
        ['status', 'loadBalancer', 'ingress'],
        `${ctx.label}'s load balancer is known by hostname only (${names}): a client resolves it through DNS to the load balancer's own addresses, which the input does not give, and the load balancer forwards to the Service's node ports; kube-proxy programs no load-balancer IP rule, so the playground invents none`,
      );
    } else if (svc.type === 'LoadBalancer' && svc.loadBalancerIPs.length === 0) {
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

function prefixHolds(range: ServiceRange, ip: string): boolean {
  const parsed = parseIP(ip);
  return parsed !== undefined && prefixContains(range.prefix, parsed);
}
