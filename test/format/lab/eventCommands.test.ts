import { describe, expect, it } from 'vitest';
import type { ClusterEvent, PodSummary } from '../../../src/engine';
import { eventLines, shellQuote, type EventContext } from '../../../src/format/lab/eventCommands';
import { mapNodes } from '../../../src/format/lab/nodeNames';

const worker = (name: string, zone: string) => ({
  name,
  role: 'worker' as const,
  labels: { 'topology.kubernetes.io/zone': zone },
  taints: [],
  unschedulable: false,
});
const pod = (key: string, node: string, generated: boolean): PodSummary => ({
  key,
  namespace: key.split('/')[0]!,
  name: key.split('/')[1]!,
  node,
  phase: 'Running',
  ready: true,
  terminating: false,
  labels: generated ? { app: 'web', 'pod-template-hash': '5d8f9c7b6d' } : {},
  generated,
  selectedBy: [],
  client: false,
});

function context(tool: 'kind' | 'minikube'): EventContext {
  const { cluster, nodes } = mapNodes(tool, [worker('a', 'zone-a'), worker('b', 'zone-a'), worker('c', 'zone-b')]);
  return { tool, cluster, nodes, pods: [pod('shop/web-5d8f9c7b6d-x2x9k', 'b', true), pod('shop/probe', 'a', false)] };
}

describe('eventLines: each timeline event as the commands that do it on kind', () => {
  const kind = context('kind');
  const table: [ClusterEvent, string[]][] = [
    [{ type: 'node.cordon', node: 'a' }, ['kubectl cordon ktp-lab-worker']],
    [{ type: 'node.uncordon', node: 'a' }, ['kubectl uncordon ktp-lab-worker']],
    [
      { type: 'node.drain', node: 'b', force: true, gracePeriodSeconds: 5 },
      ['kubectl drain ktp-lab-worker2 --ignore-daemonsets --delete-emptydir-data --force --grace-period=5'],
    ],
    [{ type: 'node.notReady', node: 'c' }, expect.arrayContaining(['docker stop ktp-lab-worker3']) as unknown as string[]],
    [{ type: 'node.ready', node: 'c' }, ['docker start ktp-lab-worker3']],
    [
      { type: 'zone.outage', zone: 'zone-a' },
      ['# Every node of zone zone-a stops.', 'docker stop ktp-lab-worker', 'docker stop ktp-lab-worker2'],
    ],
    [{ type: 'deployment.scale', deployment: 'shop/web', replicas: 0 }, ['kubectl scale deployment -n shop web --replicas=0']],
    [{ type: 'workload.scale', kind: 'StatefulSet', name: 'shop/db', replicas: 3 }, ['kubectl scale statefulset -n shop db --replicas=3']],
    [
      { type: 'workload.restart', kind: 'DaemonSet', name: 'kube-system/node-cache' },
      ['kubectl rollout restart daemonset -n kube-system node-cache'],
    ],
    [
      { type: 'service.patch', service: 'shop/web', patch: { spec: { internalTrafficPolicy: 'Local' } } },
      [`kubectl patch service -n shop web --type merge -p '{"spec":{"internalTrafficPolicy":"Local"}}'`],
    ],
    [{ type: 'pod.delete', pod: 'shop/probe', gracePeriodSeconds: 0 }, ['kubectl delete pod -n shop probe --grace-period=0']],
    [
      { type: 'pod.delete', pod: 'shop/web-5d8f9c7b6d-x2x9k' },
      [
        '# web-5d8f9c7b6d-x2x9k is named by its controller; the lab picks the pod with its labels on the same node',
        `kubectl delete pod -n shop "$(kubectl get pod -n shop -l app=web --field-selector spec.nodeName=ktp-lab-worker2 -o jsonpath='{.items[0].metadata.name}')"`,
      ],
    ],
    [
      { type: 'object.label', kind: 'Node', name: 'c', labels: { 'topology.kubernetes.io/zone': 'zone-c', stale: null } },
      ['kubectl label node ktp-lab-worker3 topology.kubernetes.io/zone=zone-c stale- --overwrite'],
    ],
    [{ type: 'apply', file: 'extra svc.yaml', text: 'kind: Service\n' }, ['kubectl apply -f steps/03-extra_svc.yaml']],
  ];
  it.each(table)('%j', (event, lines) => {
    expect(eventLines(event, kind, 2)).toEqual(lines);
  });

  it('says what kubectl cannot do instead of inventing a command', () => {
    const lines = eventLines({ type: 'pod.notReady', pod: 'shop/probe' }, kind);
    expect(lines.every((line) => line.startsWith('#'))).toBe(true);
    expect(lines.join('\n')).toContain('readiness probe');
  });
});

describe('minikube', () => {
  it('stops and starts nodes with minikube node, by the names minikube gives them', () => {
    const ctx = context('minikube');
    expect(ctx.nodes.map((n) => n.real)).toEqual(['ktp-lab', 'ktp-lab-m02', 'ktp-lab-m03', 'ktp-lab-m04']);
    expect(eventLines({ type: 'node.ready', node: 'a' }, ctx)).toEqual(['minikube node start ktp-lab-m02 -p ktp-lab']);
  });
});

describe('shellQuote', () => {
  it('leaves plain words and quotes the rest, single quotes included', () => {
    expect(shellQuote('app=web')).toBe('app=web');
    expect(shellQuote('{"a":1}')).toBe(`'{"a":1}'`);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
