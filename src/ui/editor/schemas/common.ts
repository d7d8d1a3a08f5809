import { arr, obj, str, stringMap, type JsonSchema } from './jsonSchema';

export const objectMeta: JsonSchema = obj('Standard object metadata.', {
  name: str('Name of the object, unique within its namespace.'),
  namespace: str('Namespace of the object; kubectl uses "default" when absent.'),
  generateName: str('Prefix for a generated name.'),
  labels: stringMap('Labels: selectors of Services and Deployments match these. Nodes carry topology.kubernetes.io/zone here.'),
  annotations: stringMap(
    'Annotations. On a Service, service.kubernetes.io/topology-mode: Auto enables topology-aware routing (and then trafficDistribution is ignored).',
  ),
  deletionTimestamp: str('Set when the object is being deleted: a Pod with it is terminating.'),
  uid: str('Unique id assigned by the API server.'),
});

export const labelSelector: JsonSchema = obj('A label selector: matchLabels and matchExpressions, all ANDed.', {
  matchLabels: stringMap('Exact label matches.'),
  matchExpressions: arr(
    'Set-based requirements.',
    obj('A requirement.', {
      key: str('Label key.'),
      operator: str('How the key relates to the values.', { enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'] }),
      values: arr('Values for In / NotIn.', { type: 'string' }),
    }),
  ),
});

export const protocol: JsonSchema = str('Protocol; defaults to TCP.', { enum: ['TCP', 'UDP', 'SCTP'] });

export function kindHeader(apiVersion: string, kind: string): Record<string, JsonSchema> {
  return {
    apiVersion: str('Versioned schema of this object.', { enum: [apiVersion] }),
    kind: str('Kind of object.', { enum: [kind] }),
    metadata: objectMeta,
  };
}

/**
 * An intstr.IntOrString bound: a count of pods, or a percent of them. With `upTo100`, the percent is
 * at most "100%" (leading zeros allowed, as the API server reads them).
 */
export function intOrPercent(description: string, upTo100: boolean): JsonSchema {
  return {
    description,
    anyOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', pattern: upTo100 ? '^0*(100|[1-9]?[0-9])%$' : '^[0-9]+%$' },
    ],
  };
}
