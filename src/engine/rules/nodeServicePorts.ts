/**
 * What kube-proxy on one node knows about each service port, rebuilt from the report with the
 * proxy stage's own functions (endpointsForServicePort, categorizeEndpoints): the same sets the
 * report's views were computed from, in the order the proxiers program them.
 */
import { syntheticSource } from '../diagnostics';
import { type Service, type ServicePort, TOPOLOGY_HINTS_ANNOTATION } from '../model';
import { categorizeEndpoints, type CategorizedEndpoints } from '../proxy/categorizeEndpoints';
import { endpointsForServicePort } from '../proxy/endpointSliceCache';
import type { ProxyEndpoint } from '../proxy/proxyEndpoint';
import { servicePortInfo, type ServicePortInfo } from '../proxy/serviceport';
import type { RoutingReport, ServiceSummary } from '../report';
import { slicesOfService } from '../slicesOfService';
import { canonicalIP, mayBeNonCanonicalIP } from '../validation/cidr';
import { minorOf } from '../version';

export interface NodeServicePort {
  info: ServicePortInfo;
  summary: ServiceSummary;
  /** "ns/svc" or "ns/svc:port" */
  servicePortName: string;
  /** Lower case, as in rules: "tcp". */
  protocol: string;
  categorized: CategorizedEndpoints;
  /** Every endpoint kube-proxy's cache holds for the port, usable or not, sorted by "IP:port". */
  endpoints: readonly ProxyEndpoint[];
}

/**
 * Every proxied service port (ExternalName and headless Services have none) for `nodeName`,
 * sorted by servicePortName and protocol; `services` limits them to some Services.
 *
 * @example
 * nodeServicePorts(report, 'mnode-m02', ['default/echo-svc'])[0].categorized.clusterEndpoints;
 */
export function nodeServicePorts(report: RoutingReport, nodeName: string, services?: readonly string[]): NodeServicePort[] {
  const node = report.nodes.find((n) => n.name === nodeName);
  const wanted = services ? new Set(services) : undefined;
  const ctxBase = { minor: minorOf(report.kubernetesVersion), gates: report.featureGates.kubeProxy };
  const out: NodeServicePort[] = [];
  for (let summary of report.services) {
    if (wanted && !wanted.has(summary.key)) continue;
    if (summary.type === 'ExternalName' || !summary.clusterIP) continue;
    summary = asParsed(summary);
    const service = serviceFromSummary(summary);
    // kube-proxy runs one proxier per IP family, each fed only its family's EndpointSlices: a
    // dual-stack Service is listed with its primary cluster IP, so with that family's endpoints.
    const family = dualStackFamily(summary);
    const all = slicesOfService(report, summary.key);
    const slices = family ? all.filter((slice) => slice.addressType === family) : all;
    for (const port of service.ports) {
      const info = servicePortInfo(service, port);
      const { endpoints } = endpointsForServicePort(slices, port, report.featureGates.kubeProxy);
      const categorized = categorizeEndpoints(endpoints, info, nodeName, node?.zone, { ...ctxBase, hintsAnnotation: info.hintsAnnotation });
      out.push({ info, summary, servicePortName: info.name, protocol: port.protocol.toLowerCase(), categorized, endpoints });
    }
  }
  return out.sort((a, b) => cmp(a.servicePortName, b.servicePortName) || cmp(a.protocol, b.protocol));
}

/**
 * The Service's addresses as kube-proxy holds them (netutils.ParseIPSloppy(…).String()): the API
 * server stores "10.96.0.041" as written, the rules say 10.96.0.41.
 */
function asParsed(s: ServiceSummary): ServiceSummary {
  const fields = [s.clusterIP, ...(s.externalIPs ?? []), ...(s.loadBalancerIPs ?? [])];
  if (!fields.some((ip) => ip !== undefined && mayBeNonCanonicalIP(ip))) return s;
  const out: ServiceSummary = { ...s, clusterIP: canonicalIP(s.clusterIP!) };
  if (s.externalIPs) out.externalIPs = s.externalIPs.map(canonicalIP);
  if (s.loadBalancerIPs) out.loadBalancerIPs = s.loadBalancerIPs.map(canonicalIP);
  if (s.loadBalancerProxyIPs) out.loadBalancerProxyIPs = s.loadBalancerProxyIPs.map(canonicalIP);
  return out;
}

/** The fields of a Service that kube-proxy reads, from its summary in the report. */
function serviceFromSummary(s: ServiceSummary): Service {
  const ports: ServicePort[] = s.ports.map((p) => ({
    ...(p.name ? { name: p.name } : {}),
    protocol: p.protocol as ServicePort['protocol'],
    port: p.port,
    targetPort: p.targetPort,
    ...(p.nodePort ? { nodePort: p.nodePort } : {}),
  }));
  const service: Service = {
    metadata: {
      name: s.name,
      namespace: s.namespace,
      labels: {},
      annotations: s.topologyMode !== undefined ? { [TOPOLOGY_HINTS_ANNOTATION]: s.topologyMode } : {},
    },
    type: s.type,
    ports,
    externalIPs: s.externalIPs ?? [],
    loadBalancerIPs: s.loadBalancerIPs ?? [],
    internalTrafficPolicy: s.internalTrafficPolicy,
    sessionAffinity: s.sessionAffinity,
    publishNotReadyAddresses: false,
    source: syntheticSource('(report)'),
  };
  if (s.clusterIP) service.clusterIP = s.clusterIP;
  if (s.externalTrafficPolicy) service.externalTrafficPolicy = s.externalTrafficPolicy;
  if (s.sessionAffinityTimeoutSeconds !== undefined) service.sessionAffinityTimeoutSeconds = s.sessionAffinityTimeoutSeconds;
  if (s.trafficDistribution !== undefined) service.trafficDistribution = s.trafficDistribution;
  if (s.loadBalancerProxyIPs) service.loadBalancerProxyIPs = s.loadBalancerProxyIPs;
  if (s.loadBalancerSourceRanges) service.loadBalancerSourceRanges = s.loadBalancerSourceRanges;
  return service;
}

/** The family of a dual-stack Service's (primary) cluster IP; undefined for a single-stack one. */
export function dualStackFamily(s: Pick<ServiceSummary, 'clusterIP' | 'clusterIPs'>): 'IPv4' | 'IPv6' | undefined {
  if (!s.clusterIP || !s.clusterIPs || s.clusterIPs.length < 2) return undefined;
  return s.clusterIP.includes(':') ? 'IPv6' : 'IPv4';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
