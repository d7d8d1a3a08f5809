/** kube-proxy's per-port service facts (pkg/proxy/serviceport.go, pkg/api/v1/service/util.go). */
import { type Service, type ServicePort, TOPOLOGY_HINTS_ANNOTATION, TOPOLOGY_MODE_ANNOTATION } from '../model';

export interface ServicePortInfo {
  service: Service;
  port: ServicePort;
  /** ServicePortName as kube-proxy prints it: "ns/name", plus ":portName" for named ports. */
  name: string;
  externallyAccessible: boolean;
  internalPolicyLocal: boolean;
  /** Only true for externally accessible Services. */
  externalPolicyLocal: boolean;
  /** topology-aware-hints annotation if present, else topology-mode (read by 1.30–1.32 only). */
  hintsAnnotation: string;
}

/**
 * Builds kube-proxy's view of one port of a Service.
 *
 * @example
 * servicePortInfo(svc, svc.ports[0]).name; // "default/echo-svc"
 */
export function servicePortInfo(service: Service, port: ServicePort): ServicePortInfo {
  const base = `${service.metadata.namespace}/${service.metadata.name}`;
  // NOTE: upstream tests nodePort != 0; NodePort and LoadBalancer Services always get one
  // allocated here, so the type stands in for an unallocated nodePort.
  const externallyAccessible =
    (port.nodePort ?? 0) !== 0 ||
    service.type === 'NodePort' ||
    service.type === 'LoadBalancer' ||
    service.loadBalancerIPs.length > 0 ||
    service.externalIPs.length > 0;
  const annotations = service.metadata.annotations;
  return {
    service,
    port,
    name: port.name ? `${base}:${port.name}` : base,
    externallyAccessible,
    internalPolicyLocal: service.internalTrafficPolicy === 'Local',
    externalPolicyLocal: externallyAccessible && service.externalTrafficPolicy === 'Local',
    hintsAnnotation: annotations[TOPOLOGY_HINTS_ANNOTATION] ?? annotations[TOPOLOGY_MODE_ANNOTATION] ?? '',
  };
}

/**
 * Cluster endpoints are needed unless only Local policy applies; with eTP Local they still
 * serve in-cluster traffic to the NodePort/LB (short-circuited to the cluster set).
 */
export function usesClusterEndpoints(info: ServicePortInfo): boolean {
  return !info.internalPolicyLocal || info.externallyAccessible;
}

export function usesLocalEndpoints(info: ServicePortInfo): boolean {
  return info.internalPolicyLocal || (info.externalPolicyLocal && info.externallyAccessible);
}
