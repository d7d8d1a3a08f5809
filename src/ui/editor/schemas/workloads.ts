import { intOrPercent, kindHeader, labelSelector, objectMeta } from './common';
import { bool, int, obj, str, type JsonSchema } from './jsonSchema';
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
    strategy: obj('How a changed template rolls out.', {
      type: str(
        'RollingUpdate (the default): new pods start while old ones stop, within maxSurge and maxUnavailable. Recreate: every old pod goes first.',
        {
          enum: ['RollingUpdate', 'Recreate'],
        },
      ),
      rollingUpdate: obj('The bounds of a rolling update.', {
        maxSurge: intOrPercent(
          'Pods above replicas during the rollout: a number, or a percent of replicas rounded up (default 25%).',
          false,
        ),
        maxUnavailable: intOrPercent(
          'Pods below replicas that may be unavailable during the rollout: a number, or a percent of replicas rounded down (default 25%).',
          true,
        ),
      }),
    }),
    minReadySeconds: int('Seconds a new pod must be Ready before it counts as available and lets an old pod go (default 0).', {
      minimum: 0,
    }),
    paused: bool('Paused: a changed template waits, and rolls out once resumed (kubectl rollout pause / resume).'),
    progressDeadlineSeconds: int(
      'Seconds without progress before the rollout is reported failed: Progressing=False, ProgressDeadlineExceeded (default 600).',
      {
        minimum: 0,
      },
    ),
  }),
});
