import { describe, expect, it } from 'vitest';
import { ownerBadge } from '../../src/view/ownerBadge';

describe('ownerBadge', () => {
  it("gives kubectl's short names, Deploy for a Deployment, and the owner in full for the tooltip", () => {
    expect(
      ['DaemonSet node-agent', 'StatefulSet web', 'ReplicaSet frontend', 'ReplicationController legacy', 'Deployment echo'].map(
        (o) => ownerBadge(o)!.text,
      ),
    ).toEqual(['DS', 'STS', 'RS', 'RC', 'Deploy']);
    expect(ownerBadge('StatefulSet web')!.title).toBe('StatefulSet web');
  });

  it('a bare pod has none; a kind it does not know (a dumped Job pod) shows the kind', () => {
    expect(ownerBadge(undefined)).toBeUndefined();
    expect(ownerBadge('Job nightly-backup')!.text).toBe('Job');
  });
});
