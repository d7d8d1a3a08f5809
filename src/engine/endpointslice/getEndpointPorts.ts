/** Service ports resolved against one pod (k8s.io/endpointslice utils.go getEndpointPorts, FindPort). */
import type { EndpointSlice, Pod, Service, ServicePort } from '../model';

export type EndpointPort = EndpointSlice['ports'][number];

/**
 * FindPort: a numeric targetPort is used as is; a named one is looked up among the pod's
 * container ports with the same name and protocol. Undefined when the name is not found.
 *
 * @example
 * findPort(pod, { port: 80, protocol: 'TCP', targetPort: 'http' }); // 8080 if a container port is named http
 */
export function findPort(pod: Pod, servicePort: ServicePort): number | undefined {
  const target = servicePort.targetPort;
  if (typeof target === 'number') return target;
  for (const port of pod.spec.containerPorts) {
    if (port.name === target && port.protocol === servicePort.protocol) return port.containerPort;
  }
  return undefined;
}

/**
 * The EndpointSlice ports for a pod. A Service port whose named targetPort the pod does not
 * declare is left out of this pod's port set, so the pod lands in a slice with fewer ports.
 *
 * @example
 * getEndpointPorts(service, pod); // [{ name: 'http', port: 8080, protocol: 'TCP' }]
 */
export function getEndpointPorts(service: Service, pod: Pod): EndpointPort[] {
  const ports: EndpointPort[] = [];
  for (const servicePort of service.ports) {
    const port = findPort(pod, servicePort);
    if (port === undefined) continue;
    // NOTE: upstream writes the Service port's name even when it is empty (name: ""), as
    // `kubectl get endpointslice -o yaml` shows.
    // AppProtocol is copied from the Service port, as getEndpointPorts does.
    if (servicePort.appProtocol)
      ports.push({ name: servicePort.name ?? '', port, protocol: servicePort.protocol, appProtocol: servicePort.appProtocol });
    else ports.push({ name: servicePort.name ?? '', port, protocol: servicePort.protocol });
  }
  return ports;
}

/** A key that is equal for equal port lists (util.NewPortMapKey groups endpoints by it). */
export function portMapKey(ports: readonly EndpointPort[]): string {
  return ports
    .map((p) => `${p.name ?? ''}/${p.protocol ?? ''}/${p.port ?? ''}`)
    .sort()
    .join(',');
}
