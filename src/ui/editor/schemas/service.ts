import { supportedTrafficDistributions, defaultGates, type FeatureGates, type KubeVersion } from '../../../engine';
import { kindHeader, protocol } from './common';
import { arr, bool, int, obj, str, stringMap, type JsonSchema } from './jsonSchema';

function trafficDistribution(version: KubeVersion, gates: FeatureGates): JsonSchema {
  const values = supportedTrafficDistributions(version, gates) ?? [];
  const description =
    'How the EndpointSlice controller hints endpoints and kube-proxy prefers them. PreferClose / PreferSameZone: ' +
    "endpoints in the client node's zone; PreferSameNode: endpoints on the client's node, then its zone. " +
    'With no endpoint for a node or zone, traffic goes to all ready endpoints.';
  if (values.length === 0) {
    return str(`${description} Kubernetes ${version}: not available (the ServiceTrafficDistribution gate is off).`);
  }
  return str(`${description} Kubernetes ${version} accepts: ${values.join(', ')}.`, { enum: values });
}

export function serviceSchema(version: KubeVersion, gates: FeatureGates = defaultGates(version)): JsonSchema {
  return obj('A Service: a stable virtual IP and port that kube-proxy routes to the selected pods.', {
    ...kindHeader('v1', 'Service'),
    spec: obj('Service specification.', {
      type: str('How the Service is exposed; NodePort and LoadBalancer add external entry points on every node.', {
        enum: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
      }),
      selector: stringMap('Pods with these labels (in the Service namespace) become its endpoints.'),
      ports: arr(
        'Ports the Service exposes.',
        obj('A Service port.', {
          name: str('Port name; required when there is more than one port.'),
          protocol,
          port: int('Port of the Service (cluster IP).', { minimum: 1, maximum: 65535 }),
          targetPort: { type: ['string', 'integer'], description: 'Port or named container port on the pods; defaults to port.' },
          nodePort: int('Port opened on every node for NodePort / LoadBalancer.', { minimum: 1, maximum: 65535 }),
          appProtocol: str('Application protocol (an IANA name such as HTTP, or kubernetes.io/h2c); copied to the EndpointSlice ports.'),
        }),
      ),
      clusterIP: str('The virtual IP; "None" for a headless Service. It must lie in a Service range (10.96.0.0/12, or a ServiceCIDR).'),
      clusterIPs: arr('One virtual IP per IP family (dual stack); clusterIPs[0] is clusterIP.', { type: 'string' }),
      ipFamilyPolicy: str('SingleStack (default): one family. PreferDualStack / RequireDualStack: both families, one cluster IP each.', {
        enum: ['SingleStack', 'PreferDualStack', 'RequireDualStack'],
      }),
      ipFamilies: arr('IP families in order, the first is the primary (clusterIP).', { type: 'string', enum: ['IPv4', 'IPv6'] }),
      externalName: str('For type ExternalName: the DNS name cluster DNS answers with a CNAME.'),
      externalIPs: arr('Extra IPs that route to the Service (makes it externally accessible).', { type: 'string' }),
      trafficDistribution: trafficDistribution(version, gates),
      internalTrafficPolicy: str(
        "Cluster (default): traffic from pods may go to any endpoint. Local: only endpoints on the client's node; traffic is dropped on nodes without one.",
        { enum: ['Cluster', 'Local'] },
      ),
      externalTrafficPolicy: str(
        'For NodePort / LoadBalancer traffic from outside. Local keeps the client IP and only uses endpoints on the receiving node.',
        { enum: ['Cluster', 'Local'] },
      ),
      sessionAffinity: str("ClientIP sends a client's connections to the same endpoint for a while.", { enum: ['None', 'ClientIP'] }),
      sessionAffinityConfig: obj('Session affinity settings.', {
        clientIP: obj('ClientIP affinity.', {
          timeoutSeconds: int('How long affinity lasts (default 10800, at most 86400).', { minimum: 1, maximum: 86400 }),
        }),
      }),
      publishNotReadyAddresses: bool('Treat every endpoint as ready, even pods that are not.'),
      healthCheckNodePort: int(
        'LoadBalancer with externalTrafficPolicy Local: the port where kube-proxy answers the load balancer (200 with local endpoints, else 503).',
        { minimum: 1, maximum: 65535 },
      ),
      loadBalancerSourceRanges: arr('LoadBalancer: the client CIDRs allowed through the load-balancer IP; kube-proxy drops the rest.', {
        type: 'string',
      }),
    }),
    status: obj('Observed state.', {
      loadBalancer: obj('The load balancer.', {
        ingress: arr(
          'Load-balancer addresses.',
          obj('An ingress point.', {
            ip: str('Load-balancer IP.'),
            hostname: str('Load-balancer hostname (no IP known).'),
            ipMode: str(
              'VIP (default): kube-proxy catches the IP on every node. Proxy: no rule; the load balancer forwards to the node port.',
              {
                enum: ['VIP', 'Proxy'],
              },
            ),
          }),
        ),
      }),
    }),
  });
}
