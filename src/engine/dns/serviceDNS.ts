/**
 * What cluster DNS answers for Services kube-proxy programs nothing for (pkg/proxy/util
 * ShouldSkipService): headless Services (clusterIP: None) and ExternalName Services.
 */
import type { EndpointSlice, Service } from '../model';
import type { ServiceSummary } from '../report';

/** The cluster domain of kubeadm, kind and minikube clusters. */
export const CLUSTER_DOMAIN = 'cluster.local';

/**
 * The DNS answer and the explanation for a headless or ExternalName Service; undefined for
 * Services with a cluster IP (kube-proxy routes those).
 *
 * @example
 * serviceDNS(dbHeadless, slices)?.answers; // ['10.244.1.2', '10.244.2.3']
 * serviceDNS(externalSearch, [])?.message;
 * // 'ExternalName: cluster DNS answers search.default.svc.cluster.local with a CNAME to search.example.com; …'
 */
export function serviceDNS(service: Service, slices: readonly EndpointSlice[]): ServiceSummary['dns'] {
  // Most Services have a cluster IP: no name is written for them.
  if (service.type !== 'ExternalName' && service.clusterIP !== 'None') return undefined;
  const fqdn = `${service.metadata.name}.${service.metadata.namespace}.svc.${CLUSTER_DOMAIN}`;
  if (service.type === 'ExternalName') {
    const target = service.externalName ?? '';
    return {
      kind: 'ExternalName',
      name: fqdn,
      answers: [target],
      message: `ExternalName: cluster DNS answers ${fqdn} with a CNAME to ${target}; kube-proxy programs nothing for this Service (no cluster IP, no endpoints), so clients connect to whatever ${target} resolves to, on the port they choose`,
    };
  }
  const answers: string[] = [];
  for (const slice of slices) {
    for (const endpoint of slice.endpoints) {
      // Ready as the slice says (publishNotReadyAddresses already made every endpoint ready).
      if (endpoint.conditions.ready === false) continue;
      for (const address of endpoint.addresses) if (!answers.includes(address)) answers.push(address);
    }
  }
  const records = answers.length
    ? `one A/AAAA record per ready endpoint (${answers.join(', ')})`
    : 'no address (NXDOMAIN-like empty answer): the Service has no ready endpoint';
  return {
    kind: 'headless',
    name: fqdn,
    answers,
    message: `headless (clusterIP: None): cluster DNS answers ${fqdn} with ${records}; kube-proxy programs nothing for this Service, so a client connects straight to the pod address it picked from the answer, and the Service's traffic policies and topology hints do not apply`,
  };
}
