/** Schemas of the objects that give a Service its addresses: v1 Endpoints and ServiceCIDR. */
import { kindHeader, protocol } from './common';
import { arr, int, obj, str, type JsonSchema } from './jsonSchema';

const address = obj('An endpoint address.', {
  ip: str('The endpoint IP (not loopback, link-local or unspecified).'),
  hostname: str('Hostname of the endpoint.'),
  nodeName: str('Node the endpoint runs on.'),
  targetRef: obj('The object behind the address.', { kind: str('Kind.'), name: str('Name.'), namespace: str('Namespace.') }),
});

export const endpointsSchema: JsonSchema = obj(
  'v1 Endpoints (deprecated in 1.33 in favour of EndpointSlice): for a Service without a selector, the EndpointSliceMirroring controller mirrors them into EndpointSlices.',
  {
    ...kindHeader('v1', 'Endpoints'),
    subsets: arr(
      'Groups of addresses that share ports.',
      obj('A subset.', {
        addresses: arr('Ready addresses (mirrored with ready: true).', address),
        notReadyAddresses: arr('Addresses that are not ready (mirrored with ready: false; no traffic).', address),
        ports: arr(
          'Ports of every address in the subset.',
          obj('An endpoint port.', {
            name: str('Must match the Service port name.'),
            port: int('Port number.', { minimum: 1, maximum: 65535 }),
            protocol,
            appProtocol: str('Application protocol.'),
          }),
        ),
      }),
    ),
  },
);

export const serviceCIDRSchema: JsonSchema = obj(
  'networking.k8s.io/v1 ServiceCIDR (GA in 1.33): an extra range of cluster IPs. One named kubernetes replaces the default 10.96.0.0/12.',
  {
    ...kindHeader('networking.k8s.io/v1', 'ServiceCIDR'),
    spec: obj('ServiceCIDR specification.', {
      cidrs: arr('At most two CIDRs in canonical form, one per IP family (e.g. 172.20.0.0/16, fd00:20::/108).', { type: 'string' }),
    }),
  },
);
