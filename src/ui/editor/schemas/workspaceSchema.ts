/**
 * One schema for every YAML document of the workspace: the document's `kind` picks the schema
 * (if/then), and a `kind: List` dump gets the same choice per item.
 */
import type { FeatureGates, KubeVersion } from '../../../engine';
import { endpointSliceSchema, kubeProxyConfigurationSchema, nodeSchema } from './infrastructure';
import type { JsonSchema } from './jsonSchema';
import { podDisruptionBudgetSchema } from './podDisruptionBudget';
import { serviceSchema } from './service';
import { workloadControllerSchemas } from './workloadControllers';
import { endpointsSchema, serviceCIDRSchema } from './serviceObjects';
import { deploymentSchema, podSchema } from './workloads';

export const SCHEMA_URI = 'kube-traffic-playground://schemas/workspace.json';

const KINDS = ['Node', 'Pod', 'Deployment', 'Service', 'EndpointSlice', 'KubeProxyConfiguration', 'PodDisruptionBudget', 'List'];
/** Kinds of the Service's own objects (serviceObjects.ts). */
KINDS.push('Endpoints', 'ServiceCIDR');

/**
 * @example
 * workspaceSchema('1.34').definitions!.Service; // the Service schema with 1.34's trafficDistribution values
 * @param gates the control plane's feature gates; the version's defaults when omitted
 */
export function workspaceSchema(version: KubeVersion, gates?: FeatureGates): JsonSchema {
  const byKind: Record<string, JsonSchema> = {
    Node: nodeSchema,
    Pod: podSchema,
    Deployment: deploymentSchema,
    Service: serviceSchema(version, gates),
    EndpointSlice: endpointSliceSchema,
    KubeProxyConfiguration: kubeProxyConfigurationSchema,
    PodDisruptionBudget: podDisruptionBudgetSchema,
    ...workloadControllerSchemas,
    Endpoints: endpointsSchema,
    ServiceCIDR: serviceCIDRSchema,
  };
  const dispatch: JsonSchema[] = Object.keys(byKind).map((kind) => ({
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: { $ref: `#/definitions/${kind}` },
  }));
  const object: JsonSchema = {
    type: 'object',
    properties: {
      // Any kind is accepted (the engine says in an info or a warning what it does not model); the
      // modelled kinds are offered for completion through the first branch.
      kind: {
        type: 'string',
        description: 'Kind of object. The playground models the kinds offered here; any other kind is read and said to be ignored.',
        anyOf: [{ enum: [...KINDS, ...Object.keys(workloadControllerSchemas)] }, { type: 'string' }],
      },
      apiVersion: { type: 'string', description: 'API version.' },
    },
    allOf: dispatch,
  };
  return {
    ...object,
    allOf: [
      ...dispatch,
      {
        if: { properties: { kind: { const: 'List' } }, required: ['kind'] },
        then: { properties: { items: { type: 'array', description: 'Objects of the list.', items: { $ref: '#/definitions/object' } } } },
      },
    ],
    definitions: { ...byKind, object },
  };
}
