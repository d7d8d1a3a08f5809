import { describe, expect, it } from 'vitest';
import type { Node, Taint, Toleration } from '../../../src/engine/model';
import { daemonPodTolerations, nodeShouldRunDaemonPod } from '../../../src/engine/scheduler/daemonSetPlacement';

const node = (overrides: Partial<Node> = {}): Node => ({
  metadata: { name: 'n', namespace: '', labels: { 'kubernetes.io/hostname': 'n', disk: 'ssd' }, annotations: {} },
  unschedulable: false,
  taints: [],
  ready: true,
  allocatableCpuMilli: 4000,
  controlPlane: false,
  source: { file: 'x', range: { line: 1, column: 1, endLine: 1, endColumn: 1 } } as Node['source'],
  ...overrides,
});

const ds = (template: { nodeSelector?: Record<string, string>; tolerations?: Toleration[] } = {}, hostNetwork = false) => ({
  hostNetwork,
  template: {
    labels: {},
    nodeSelector: template.nodeSelector ?? {},
    requiredNodeAffinity: [],
    tolerations: template.tolerations ?? [],
    topologySpreadConstraints: [],
    containerPorts: [],
    terminationGracePeriodSeconds: 30,
  },
});

const taint = (key: string, effect: Taint['effect'], value?: string): Taint => ({ key, effect, ...(value ? { value } : {}) });

// Table shaped like pkg/controller/daemon TestNodeShouldRunDaemonPod: [name, node, ds, shouldRun, shouldContinueRunning].
describe('nodeShouldRunDaemonPod', () => {
  it.each<[string, Node, ReturnType<typeof ds>, boolean, boolean]>([
    ['a plain node', node(), ds(), true, true],
    [
      'a cordoned node: unschedulable is tolerated',
      node({ unschedulable: true, taints: [taint('node.kubernetes.io/unschedulable', 'NoSchedule')] }),
      ds(),
      true,
      true,
    ],
    ['nodeSelector matches', node(), ds({ nodeSelector: { disk: 'ssd' } }), true, true],
    ['nodeSelector does not match: no pod, and a running one goes', node(), ds({ nodeSelector: { disk: 'hdd' } }), false, false],
    [
      'control-plane NoSchedule taint: no new pod, a running one stays',
      node({ taints: [taint('node-role.kubernetes.io/control-plane', 'NoSchedule')] }),
      ds(),
      false,
      true,
    ],
    ['a NoExecute taint not tolerated: the pod goes', node({ taints: [taint('dedicated', 'NoExecute', 'gpu')] }), ds(), false, false],
    [
      'the taint tolerated by the template',
      node({ taints: [taint('dedicated', 'NoExecute', 'gpu')] }),
      ds({ tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoExecute' }] }),
      true,
      true,
    ],
    ['memory pressure is tolerated', node({ taints: [taint('node.kubernetes.io/memory-pressure', 'NoSchedule')] }), ds(), true, true],
    ['a NotReady node (not-ready:NoSchedule): no new pod, a running one stays', node({ ready: false }), ds(), false, true],
    [
      'network-unavailable keeps out a pod network pod',
      node({ taints: [taint('node.kubernetes.io/network-unavailable', 'NoSchedule')] }),
      ds(),
      false,
      true,
    ],
    [
      'network-unavailable is tolerated with hostNetwork',
      node({ taints: [taint('node.kubernetes.io/network-unavailable', 'NoSchedule')] }),
      ds({}, true),
      true,
      true,
    ],
    ['PreferNoSchedule does not matter', node({ taints: [taint('spot', 'PreferNoSchedule')] }), ds(), true, true],
  ])('%s', (_, n, daemonSet, shouldRun, shouldContinueRunning) => {
    expect(nodeShouldRunDaemonPod(n, daemonSet)).toMatchObject({ shouldRun, shouldContinueRunning });
  });
});

describe('daemonPodTolerations', () => {
  it('adds the controller’s tolerations to the template’s (AddOrUpdateDaemonPodTolerations)', () => {
    const keys = daemonPodTolerations(ds({ tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }] })).map(
      (t) => `${t.key}:${t.effect ?? ''}`,
    );
    expect(keys).toEqual([
      'CriticalAddonsOnly:',
      'node.kubernetes.io/not-ready:NoExecute',
      'node.kubernetes.io/unreachable:NoExecute',
      'node.kubernetes.io/disk-pressure:NoSchedule',
      'node.kubernetes.io/memory-pressure:NoSchedule',
      'node.kubernetes.io/pid-pressure:NoSchedule',
      'node.kubernetes.io/unschedulable:NoSchedule',
    ]);
    expect(daemonPodTolerations(ds({}, true)).at(-1)).toMatchObject({
      key: 'node.kubernetes.io/network-unavailable',
      effect: 'NoSchedule',
    });
  });
});
