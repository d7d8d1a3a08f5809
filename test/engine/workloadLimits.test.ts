import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { replicasLimitProblem, simulatedPodsBesides } from '../../src/engine/limits';

/** StatefulSets and ReplicaSets count toward the simulation limit as Deployments do. */
const statefulSet = (name: string, replicas: string) =>
  `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${replicas}\n  serviceName: ${name}\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n      - name: ${name}\n        image: postgres\n`;
const node = 'apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n';

describe('the simulation limit for StatefulSets and ReplicaSets', () => {
  it('refuses a StatefulSet past the per-workload limit at spec.replicas, and simulates nothing for it', () => {
    const report = analyzeFiles([{ name: 'db.yaml', text: `${node}---\n${statefulSet('db', '100000000')}` }]);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.message, d.line])).toEqual([
      [
        'StatefulSet default/db: the playground simulates at most 150,000 pods per workload; replicas: 100000000 would create 100,000,000 (the StatefulSet is not applied)',
        11,
      ],
    ]);
    expect(report.pods).toEqual([]);
  });

  it('counts StatefulSets and ReplicaSets toward the total, besides the one being scaled', () => {
    const cluster = {
      pods: [],
      deployments: [],
      workloads: {
        daemonSets: [],
        statefulSets: [{ metadata: { namespace: 'default', name: 'a' }, replicas: 100_000 }],
        replicaSets: [{ metadata: { namespace: 'default', name: 'b' }, replicas: 90_000 }],
      },
    } as unknown as Parameters<typeof simulatedPodsBesides>[0];
    expect(simulatedPodsBesides(cluster)).toBe(190_000);
    expect(simulatedPodsBesides(cluster, 'default/b')).toBe(100_000);
    expect(replicasLimitProblem(20_000, simulatedPodsBesides(cluster, 'default/b'))).toBeUndefined();
    expect(replicasLimitProblem(20_000, simulatedPodsBesides(cluster))).toMatch(/at most 200,000 pods in all/);
  });

  it('the timeline refuses a StatefulSet scaled past the limit, and changes nothing', () => {
    const files = [{ name: 'db.yaml', text: `${node}---\n${statefulSet('db', '1')}` }];
    const base = analyzeFiles(files);
    expect(base.pods.map((p) => p.name)).toEqual(['db-0']);
    const report = analyzeFiles(files, {
      timeline: {
        now: 5,
        events: [
          {
            id: '1',
            at: 1,
            label: 'scale',
            event: { type: 'workload.scale', kind: 'StatefulSet', name: 'default/db', replicas: 100_000_000 },
          },
        ],
      },
    });
    expect(report.pods.map((p) => p.name)).toEqual(['db-0']);
    expect(report.diagnostics.map((d) => d.message).join('\n')).toContain(
      'StatefulSet default/db: the playground simulates at most 150,000 pods per workload',
    );
  });
});
