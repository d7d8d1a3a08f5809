/** A Service as written, after the API server's defaulting and before validation (loose types). */
import type { Labels, ObjectMeta } from '../model';

export interface WrittenServicePort {
  name: string;
  protocol: string;
  port: number;
  targetPort: number | string;
  nodePort: number;
  appProtocol?: string;
}

export interface WrittenService {
  metadata: ObjectMeta;
  type: string;
  selector?: Labels;
  ports: WrittenServicePort[];
  /** "" when the allocator should pick one, "None" for headless. */
  clusterIP: string;
  /** spec.clusterIPs as written, then one per family once allocated (clusterIPs[0] is clusterIP). */
  clusterIPs?: string[];
  ipFamilyPolicy?: string;
  ipFamilies?: string[];
  externalIPs: string[];
  loadBalancerIPs: string[];
  /** status.loadBalancer.ingress hostnames (AWS ELB/NLB): no IP is known for those. */
  loadBalancerHostnames?: string[];
  /** status.loadBalancer.ingress IPs with `ipMode: Proxy`. */
  loadBalancerProxyIPs?: string[];
  /** spec.loadBalancerSourceRanges, when written. */
  loadBalancerSourceRanges?: string[];
  externalName: string;
  trafficDistribution?: string;
  internalTrafficPolicy?: string;
  externalTrafficPolicy: string;
  sessionAffinity: string;
  /** spec.sessionAffinityConfig was present. */
  sessionAffinityConfigSet: boolean;
  sessionAffinityTimeoutSeconds?: number;
  healthCheckNodePort: number;
  allocateLoadBalancerNodePorts?: boolean;
  publishNotReadyAddresses: boolean;
  /**
   * Read from a live cluster (`kubectl get -o yaml`: metadata.managedFields, resourceVersion, uid or
   * creationTimestamp): its cluster IP came from that cluster's ranges, which the input may not declare.
   */
  live?: boolean;
}

/** apiservice.ExternallyAccessible (pkg/api/service/util.go). */
export function externallyAccessible(svc: Pick<WrittenService, 'type' | 'externalIPs'>): boolean {
  return svc.type === 'LoadBalancer' || svc.type === 'NodePort' || (svc.type === 'ClusterIP' && svc.externalIPs.length > 0);
}

/** apiservice.NeedsHealthCheck: LoadBalancer with externalTrafficPolicy Local. */
export function needsHealthCheck(svc: Pick<WrittenService, 'type' | 'externalTrafficPolicy'>): boolean {
  return svc.type === 'LoadBalancer' && svc.externalTrafficPolicy === 'Local';
}
