import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { analyzeCluster } from '../../src/engine/analyze';
import { decodeCluster } from '../../src/engine/decode/decodeCluster';
import { simulateCluster } from '../../src/engine/events';
import { parseManifests } from '../../src/engine/parse/parseManifests';
import { runLine } from '../../src/kubectl/executeCommand';
import type { TerminalContext } from '../../src/kubectl/context';
import { daemonSetLocal } from '../../src/scenarios/builtin/daemonset-local/scenario';

/** The DaemonSet scenario's live cluster, as the store hands it to the terminal. */
function liveContext(files: readonly { name: string; text: string }[]): TerminalContext {
  const cluster = decodeCluster(parseManifests(files).documents, { version: '1.34' }).cluster;
  const live = simulateCluster(cluster, [], 30).cluster;
  return { report: analyzeCluster(live, { kubernetesVersion: '1.34' }), cluster: live, files, now: 30, seed: 1 };
}

describe('a DaemonSet pod as kubectl get pod -o yaml shows it', () => {
  const context = liveContext(daemonSetLocal.files);
  const agents = context.report!.pods.filter((p) => p.owner === 'DaemonSet node-agent');

  test("carries the controller's matchFields node affinity to its own node, and the controller's tolerations", () => {
    expect(agents.length).toBeGreaterThan(1);
    for (const agent of agents) {
      const pod = parse(runLine(`kubectl get pod ${agent.name} -o yaml`, context).output);
      expect(pod.spec.nodeName).toBe(agent.node);
      expect(pod.spec.affinity).toEqual({
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [agent.node] }] }],
          },
        },
      });
      expect(pod.spec.tolerations).toEqual([
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
        { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
      ]);
      expect(pod.metadata.ownerReferences).toEqual([
        { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'node-agent', controller: true, blockOwnerDeletion: true },
      ]);
    }
  });

  test('a hostNetwork DaemonSet’s pods also tolerate network-unavailable', () => {
    const files = daemonSetLocal.files.map((f) =>
      f.name === 'agent.yaml'
        ? { ...f, text: f.text.replace('    spec:\n      containers:', '    spec:\n      hostNetwork: true\n      containers:') }
        : f,
    );
    const hostNetwork = liveContext(files);
    const agent = hostNetwork.report!.pods.find((p) => p.owner === 'DaemonSet node-agent')!;
    const pod = parse(runLine(`kubectl get pod ${agent.name} -o yaml`, hostNetwork).output);
    expect(pod.spec.tolerations).toContainEqual({
      key: 'node.kubernetes.io/network-unavailable',
      operator: 'Exists',
      effect: 'NoSchedule',
    });
  });

  test("a Deployment's pod keeps its template's fields and names its ReplicaSet's owner", () => {
    const web = context.report!.pods.find((p) => p.owner?.startsWith('Deployment '));
    expect(web).toBeDefined();
    const pod = parse(runLine(`kubectl get pod ${web!.name} -o yaml`, context).output);
    expect(pod.spec.affinity).toBeUndefined();
    expect(pod.metadata.ownerReferences[0]).toMatchObject({ kind: 'ReplicaSet', controller: true });
  });
});
