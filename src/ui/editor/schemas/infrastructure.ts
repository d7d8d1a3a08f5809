import { kindHeader, protocol } from './common';
import { arr, bool, obj, str, stringMap, type JsonSchema } from './jsonSchema';

export const nodeSchema: JsonSchema = obj('A Node. Its topology.kubernetes.io/zone label puts it (and its endpoints) in a zone.', {
  ...kindHeader('v1', 'Node'),
  spec: obj('Node specification.', {
    unschedulable: bool('Cordoned: no new pods are scheduled here.'),
    taints: arr(
      'Taints repel pods that do not tolerate them.',
      obj('A taint.', {
        key: str('Taint key, e.g. node-role.kubernetes.io/control-plane.'),
        value: str('Taint value.'),
        effect: str('Effect.', { enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] }),
      }),
    ),
    podCIDR: str("The node's pod range; kube-proxy's NodeCIDR local-traffic detector reads it."),
    podCIDRs: arr("The node's pod ranges, one per family.", { type: 'string' }),
  }),
  status: obj('Observed node state.', {
    addresses: arr(
      "The node's addresses; kube-proxy's nodePortAddresses and source-range rules use the InternalIPs.",
      obj('An address.', { type: str('Type.', { enum: ['InternalIP', 'ExternalIP', 'Hostname'] }), address: str('Address.') }),
    ),
    allocatable: stringMap('Allocatable resources; cpu feeds topology-mode: Auto allocation.'),
    conditions: arr(
      'Conditions; Ready=False takes the node out of hint allocation.',
      obj('A condition.', { type: str('Type.', { enum: ['Ready'] }), status: str('Status.', { enum: ['True', 'False', 'Unknown'] }) }),
    ),
  }),
});

const hintList = (what: string) => arr(`${what} this endpoint serves.`, obj('A hint.', { name: str('Name.') }));

export const endpointSliceSchema: JsonSchema = obj(
  'An EndpointSlice. A Service with slices in the workspace uses them instead of generated ones.',
  {
    ...kindHeader('discovery.k8s.io/v1', 'EndpointSlice'),
    addressType: str('Address family.', { enum: ['IPv4', 'IPv6', 'FQDN'] }),
    endpoints: arr(
      'Endpoints.',
      obj('An endpoint.', {
        addresses: arr('Addresses.', { type: 'string' }),
        conditions: obj('Conditions (missing ready/serving mean true, missing terminating false).', {
          ready: bool('Ready for new connections.'),
          serving: bool('Serving, regardless of terminating.'),
          terminating: bool('Terminating.'),
        }),
        nodeName: str('Node of the endpoint; decides "local" for kube-proxy.'),
        zone: str('Zone of the endpoint.'),
        hints: obj('Topology hints written by the EndpointSlice controller.', {
          forZones: hintList('Zones'),
          forNodes: hintList('Nodes'),
        }),
        targetRef: obj('The pod behind the endpoint.', { kind: str('Kind.'), name: str('Name.'), namespace: str('Namespace.') }),
      }),
    ),
    ports: arr('Ports.', obj('A port.', { name: str('Name.'), port: { type: 'integer', description: 'Port.' }, protocol })),
  },
);

export const kubeProxyConfigurationSchema: JsonSchema = obj('kube-proxy configuration (the file passed with --config).', {
  apiVersion: str('Config API version.', { enum: ['kubeproxy.config.k8s.io/v1alpha1'] }),
  kind: str('Kind.', { enum: ['KubeProxyConfiguration'] }),
  mode: str('Data plane: iptables (default on Linux), ipvs, nftables, or kernelspace (Windows).', {
    enum: ['iptables', 'ipvs', 'nftables', 'kernelspace'],
  }),
  ipvs: obj('IPVS settings.', {
    scheduler: str('IPVS scheduler; empty means rr.', { enum: ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'sh', 'dh', 'sed', 'nq', 'mh'] }),
  }),
  featureGates: {
    type: 'object',
    description: 'kube-proxy feature gates, e.g. PreferSameTrafficDistribution: false.',
    additionalProperties: { type: 'boolean' },
  },
  clusterCIDR: str('Pod network CIDR(s), comma-separated per family: traffic from outside it to a cluster IP is masqueraded.'),
  detectLocalMode: str('How kube-proxy tells pod traffic from other traffic (default ClusterCIDR).', {
    enum: ['ClusterCIDR', 'NodeCIDR', 'BridgeInterface', 'InterfaceNamePrefix'],
  }),
  detectLocal: obj('Settings of the BridgeInterface and InterfaceNamePrefix detectors.', {
    bridgeInterface: str('Bridge whose traffic is pod traffic (BridgeInterface).'),
    interfaceNamePrefix: str('Interface name prefix of pod traffic (InterfaceNamePrefix), e.g. veth.'),
  }),
  nodePortAddresses: arr('CIDRs, or "primary", of the node addresses that accept NodePort traffic; empty means all (nftables: primary).', {
    type: 'string',
  }),
  iptables: obj('iptables settings (also read by the ipvs mode).', {
    masqueradeAll: bool('Masquerade every connection to a cluster IP (iptables and ipvs modes).'),
    masqueradeBit: { type: 'integer', minimum: 0, maximum: 31, description: 'Bit of the masquerade mark (default 14: 0x4000).' },
    localhostNodePorts: bool('Accept NodePort traffic on 127.0.0.1 (default true).'),
  }),
  nftables: obj('nftables settings.', {
    masqueradeAll: bool('Masquerade every connection to a cluster IP (nftables mode).'),
    masqueradeBit: {
      type: 'integer',
      minimum: 0,
      maximum: 31,
      description: 'Bit of the masquerade mark in nftables mode (default 14: 0x4000).',
    },
  }),
});
