import { expect, test } from 'vitest';
import { driftBadge, driftBadgesById } from '../../src/view/driftBadges';

test.each([
  [{ kind: 'Node', key: 'n', change: 'modified', fields: ['spec.unschedulable'] }, 'cordoned'],
  [
    { kind: 'Node', key: 'n', change: 'modified', fields: ['spec.unschedulable', 'status.conditions[Ready]', 'metadata.labels'] },
    'cordoned · readiness · relabelled',
  ],
  [
    { kind: 'Pod', key: 'p', change: 'modified', fields: ['metadata.deletionTimestamp', 'status.conditions[Ready]'] },
    'terminating · readiness',
  ],
  [{ kind: 'Pod', key: 'p', change: 'created', fields: [] }, 'new'],
  [{ kind: 'Node', key: 'n', change: 'deleted', fields: [] }, 'deleted'],
  [{ kind: 'Service', key: 's', change: 'modified', fields: ['spec.trafficDistribution', 'spec.internalTrafficPolicy'] }, 'patched'],
  [{ kind: 'Deployment', key: 'd', change: 'modified', fields: ['spec.replicas'] }, 'scaled'],
] as const)('%j → %s', (entry, text) => {
  expect(driftBadge({ ...entry, fields: [...entry.fields] }).text).toBe(text);
});

test('badges by canvas id, with the fields in the detail', () => {
  const badges = driftBadgesById([{ kind: 'Node', key: 'mnode-m02', change: 'modified', fields: ['spec.unschedulable'] }]);
  expect(badges.get('node:mnode-m02')).toEqual({ text: 'cordoned', detail: 'differs from the YAML: spec.unschedulable' });
});
