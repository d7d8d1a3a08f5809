import { intOrPercent, kindHeader, labelSelector } from './common';
import { obj, str, type JsonSchema } from './jsonSchema';

const bound = (description: string): JsonSchema => intOrPercent(description, true);

export const podDisruptionBudgetSchema: JsonSchema = obj(
  'A PodDisruptionBudget: kubectl drain evicts a pod it selects only while enough of them stay healthy.',
  {
    ...kindHeader('policy/v1', 'PodDisruptionBudget'),
    spec: obj('PodDisruptionBudget specification. Set minAvailable or maxUnavailable, not both.', {
      minAvailable: bound(
        'Pods that must stay available after an eviction: a number, or a percent of the pods the controllers ask for (rounded up).',
      ),
      maxUnavailable: bound(
        'Pods that may be unavailable after an eviction: a number, or a percent of the pods the controllers ask for (rounded up).',
      ),
      selector: { ...labelSelector, description: 'Pods the budget covers. Absent selects no pod; {} selects every pod of the namespace.' },
      unhealthyPodEvictionPolicy: str(
        'When a pod that is not Ready may be evicted: IfHealthyBudget (the default) only while the budget is met, AlwaysAllow always.',
        { enum: ['IfHealthyBudget', 'AlwaysAllow'] },
      ),
    }),
  },
);
