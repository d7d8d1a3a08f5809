/** Turns a validated, allocated WrittenService into the model's Service. */
import type { SourceRef } from '../diagnostics';
import type { Protocol, Service, ServicePort, ServiceType, TrafficPolicy } from '../model';
import { externallyAccessible, type WrittenService } from '../validation/writtenService';

export function serviceToModel(svc: WrittenService, source: SourceRef): Service {
  const ports: ServicePort[] = svc.ports.map((p) => {
    const port: ServicePort = { protocol: p.protocol as Protocol, port: p.port, targetPort: p.targetPort };
    if (p.name) port.name = p.name;
    if (p.nodePort) port.nodePort = p.nodePort;
    if (p.appProtocol) port.appProtocol = p.appProtocol;
    return port;
  });
  const service: Service = {
    metadata: svc.metadata,
    type: svc.type as ServiceType,
    ports,
    externalIPs: svc.externalIPs,
    loadBalancerIPs: svc.loadBalancerIPs,
    internalTrafficPolicy: (svc.internalTrafficPolicy ?? 'Cluster') as TrafficPolicy,
    sessionAffinity: svc.sessionAffinity as Service['sessionAffinity'],
    publishNotReadyAddresses: svc.publishNotReadyAddresses,
    source,
  };
  if (svc.selector) service.selector = svc.selector;
  if (svc.loadBalancerHostnames?.length) service.loadBalancerHostnames = svc.loadBalancerHostnames;
  if (svc.loadBalancerProxyIPs?.length) service.loadBalancerProxyIPs = svc.loadBalancerProxyIPs;
  if (svc.loadBalancerSourceRanges?.length) service.loadBalancerSourceRanges = svc.loadBalancerSourceRanges;
  if (svc.clusterIP) service.clusterIP = svc.clusterIP;
  if (svc.clusterIPs && svc.clusterIPs.length > 1) service.clusterIPs = svc.clusterIPs;
  if (svc.ipFamilies) service.ipFamilies = svc.ipFamilies as Service['ipFamilies'];
  if (svc.ipFamilyPolicy) service.ipFamilyPolicy = svc.ipFamilyPolicy as Service['ipFamilyPolicy'];
  if (svc.type === 'ExternalName' && svc.externalName) service.externalName = svc.externalName;
  if (svc.trafficDistribution !== undefined) service.trafficDistribution = svc.trafficDistribution;
  if (externallyAccessible(svc)) service.externalTrafficPolicy = svc.externalTrafficPolicy as TrafficPolicy;
  if (svc.sessionAffinity === 'ClientIP') service.sessionAffinityTimeoutSeconds = svc.sessionAffinityTimeoutSeconds;
  return service;
}
