import { kindHeader, labelSelector, objectMeta } from './common';
import { int, obj, type JsonSchema } from './jsonSchema';
import { podSpec, podStatus } from './podSpec';

export const podSchema: JsonSchema = obj('A Pod. A pod no Service selects is drawn as a client.', {
  ...kindHeader('v1', 'Pod'),
  spec: podSpec,
  status: podStatus,
});

export const deploymentSchema: JsonSchema = obj('A Deployment: the playground schedules its replicas like kube-scheduler would.', {
  ...kindHeader('apps/v1', 'Deployment'),
  spec: obj('Deployment specification.', {
    replicas: int('Number of pods (default 1).', { minimum: 0 }),
    selector: labelSelector,
    template: obj('Pod template.', { metadata: objectMeta, spec: podSpec }),
  }),
});
