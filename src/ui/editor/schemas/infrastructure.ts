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
  }),
  status: obj('Observed node state.', {
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
});
