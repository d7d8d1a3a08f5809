import { describe, expect, test } from 'vitest';
import type { JsonReport } from '../../src/format/jsonReport';
import { runCli } from './runCli';

const NODE_CACHE = 'test/fixtures/workloads/node-cache-dump.yaml';
const STATEFUL = 'test/fixtures/workloads/web-statefulset-dump.yaml';

async function report(file: string): Promise<JsonReport> {
  const result = await runCli(['--format', 'json', file]);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as JsonReport;
}

describe('workload controllers in the JSON report', { timeout: 60_000 }, () => {
  test('a DaemonSet dump behind internalTrafficPolicy Local: each node routes to its own daemon pod', async () => {
    const json = await report(NODE_CACHE);
    expect(json.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const cache = json.pods.filter((p) => p.namespace === 'kube-system');
    // The dump's two pods are adopted; the node that joined later gets one; the control plane's taint keeps it out.
    expect(cache.map((p) => [p.node, p.generated]).sort()).toEqual([
      ['kind-worker', false],
      ['kind-worker2', false],
      ['kind-worker3', true],
    ]);
    expect(cache.every((p) => p.owner === 'DaemonSet node-cache')).toBe(true);
    expect(cache.find((p) => p.generated)!.name).toMatch(/^node-cache-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    for (const view of json.views.filter((v) => v.service === 'kube-system/node-cache')) {
      const local = cache.find((p) => p.node === view.node);
      if (!local) {
        expect(view.verdict).toBe('drop');
        continue;
      }
      expect(view.endpoints.map((e) => e.pod)).toEqual([`kube-system/${local.name}`]);
    }
    const client = json.routes.filter((r) => r.from === 'default/client');
    expect(client.map((r) => r.endpoints.map((e) => e.pod))).toEqual([['kube-system/node-cache-b8kd4'], ['kube-system/node-cache-b8kd4']]);
  });

  test('a StatefulSet, a ReplicaSet and a ReplicationController on their own get their pods', async () => {
    const json = await report(STATEFUL);
    expect(json.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const owned = (owner: string) => json.pods.filter((p) => p.owner === owner).map((p) => p.name);
    expect(owned('StatefulSet web')).toEqual(['web-0', 'web-1', 'web-2']);
    expect(owned('ReplicaSet frontend')).toHaveLength(2);
    expect(owned('ReplicationController nginx-rc')).toHaveLength(2);
    for (const name of owned('ReplicationController nginx-rc')) expect(name).toMatch(/^nginx-rc-[a-z0-9]{5}$/);
    const web = json.routes.find((r) => r.from === 'default/client' && r.service === 'default/web')!;
    expect(web.endpoints.map((e) => e.pod.replace('default/', '')).sort()).toEqual(['web-0', 'web-1', 'web-2']);
  });
});
