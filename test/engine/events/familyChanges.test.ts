/** A timeline step's route changes on a dual-stack cluster: each IP family's routes diffed, each change with its family. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { changesForFamily, reportForFamily } from '../../../src/engine/familyReport';

const files = [{ name: 'cluster.yaml', text: readFileSync('test/fixtures/dual-stack/kind-dual-cluster.yaml', 'utf8') }];
const report = analyzeFiles(files, {
  kubernetesVersion: '1.34',
  timeline: {
    events: [{ id: 'e1', at: 0, event: { type: 'pod.delete', pod: 'default/web-68db979fcc-lz6f2' }, label: 'kubectl delete pod' }],
    now: 0,
  },
});
const changes = report.live!.step!.changes;
const of = (list: typeof changes, service: string) =>
  list
    .filter((c) => c.service === service)
    .map((c) => [c.from, c.ipFamily, c.kind])
    .sort();

describe('route changes of a dual-stack Service', () => {
  it('are those of both families, each saying its family', () => {
    expect(of(changes, 'default/web')).toEqual([
      ['default/client', 'IPv4', 'moved'],
      ['default/client', 'IPv6', 'moved'],
      ['default/legacy', 'IPv4', 'moved'],
    ]);
    expect(changes.find((c) => c.ipFamily === 'IPv6')?.message).toBe(
      'default/client → default/web:80 (IPv6): moved from web-68db979fcc-mcrfk@kind-worker 50%, web-68db979fcc-lz6f2@kind-worker2 50% to web-68db979fcc-mcrfk@kind-worker 100%',
    );
  });

  it('are shown in one family: the chosen one for the drawn Service, the primary for the others', () => {
    const v6 = reportForFamily(report, 'default/web', 'IPv6');
    expect(of(changesForFamily(v6, changes, 'default/web', 'IPv6'), 'default/web')).toEqual([['default/client', 'IPv6', 'moved']]);
    expect(of(changesForFamily(report, changes, 'default/web', 'IPv4'), 'default/web')).toEqual([
      ['default/client', 'IPv4', 'moved'],
      ['default/legacy', 'IPv4', 'moved'],
    ]);
    // Another Service drawn: web's changes are of its primary family.
    expect(of(changesForFamily(report, changes, 'default/db', undefined), 'default/web')).toEqual([
      ['default/client', 'IPv4', 'moved'],
      ['default/legacy', 'IPv4', 'moved'],
    ]);
    // A single-stack Service's changes (no family) always stay.
    const single = { service: 'default/other', from: 'default/client' };
    expect(changesForFamily(report, [single], 'default/web', 'IPv6')).toEqual([single]);
  });
});
