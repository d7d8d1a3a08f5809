/** Scenario 7: a rolling update that moves pods between nodes, with externalTrafficPolicy Local. */
import type { Scenario } from '../../types';
import cluster from './cluster.yaml?raw';
import web from './web.yaml?raw';

const service = 'default/web';
const external = (node: string) => ({ service, node, traffic: 'external' as const });
const moveTo = (node: string) =>
  `kubectl patch deployment web --type merge -p '{"spec":{"template":{"spec":{"nodeSelector":{"kubernetes.io/hostname":"${node}"}}}}}'`;

export const rollingUpdate: Scenario = {
  id: 'rolling-update',
  number: 7,
  title: 'Rolling update with terminating endpoints',
  summary: 'Pods move from node-1 to node-2 under externalTrafficPolicy Local: terminating endpoints still serve.',
  description: 'A LoadBalancer Service with externalTrafficPolicy Local; the Deployment’s pod template moves its pods to another node.',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'web.yaml', text: web },
  ],
  activeFile: 'web.yaml',
  service,
  kubernetesVersion: '1.34',
  tour: [
    {
      title: 'Two pods on node-1',
      text: 'Both web pods run on node-1. Under externalTrafficPolicy Local only node-1 serves load-balancer traffic; node-2 drops it and fails the health check.',
      actions: [],
      observe: 'node-1 forwards to its two pods; node-2 drops.',
      checks: [
        { views: external('node-1'), expect: { verdict: 'forward', endpointCount: 2 } },
        { views: external('node-2'), expect: { verdict: 'drop' } },
      ],
    },
    {
      title: 'The rollout starts',
      text: 'The template now asks for node-2. With maxSurge 1 and maxUnavailable 0 the Deployment first starts one new pod on node-2; the old pods keep serving until it is Ready.',
      actions: [{ command: moveTo('node-2') }],
      observe: 'A new pod on node-2, not Ready yet; node-1 still serves.',
      checks: [
        { pods: { owner: 'default/web', node: 'node-1' }, expect: { ready: 2, terminating: 0 } },
        { pods: { owner: 'default/web', node: 'node-2' }, expect: { ready: 0 } },
        { views: external('node-1'), expect: { verdict: 'forward', allTo: { terminating: false } } },
      ],
    },
    {
      title: 'Old pods terminate, and still serve',
      text: 'Ten seconds on, both new pods are Ready and both old ones are terminating for their 60-second grace period. node-1 has no Ready local endpoint, but kube-proxy falls back to its serving-terminating ones instead of dropping: connections that still arrive there drain gracefully. Its health check already fails, so the load balancer moves new connections to node-2.',
      actions: [{ wait: 10 }],
      observe: 'node-1 forwards to its two terminating pods; node-2 forwards to the new ones.',
      checks: [
        { pods: { owner: 'default/web', node: 'node-1' }, expect: { ready: 0, terminating: 2 } },
        { views: external('node-1'), expect: { verdict: 'forward', endpointCount: 2, allTo: { node: 'node-1', terminating: true } } },
        { views: external('node-2'), expect: { verdict: 'forward', endpointCount: 2, allTo: { node: 'node-2', terminating: false } } },
      ],
    },
    {
      title: 'The rollout is done',
      text: 'After the grace period the old pods are gone. node-1 has nothing local any more and drops load-balancer traffic; node-2 serves it all.',
      actions: [{ wait: 60 }],
      observe: 'node-1 drops; node-2 forwards to its two pods.',
      checks: [
        { views: external('node-1'), expect: { verdict: 'drop' } },
        { views: external('node-2'), expect: { verdict: 'forward', endpointCount: 2 } },
      ],
    },
  ],
  challenges: [
    {
      id: 'rolling-both-nodes',
      title: 'Every node healthy',
      text: 'After the rollout node-1 fails the load balancer’s health check. Make both nodes pass it (a Ready local endpoint on each), keeping externalTrafficPolicy Local.',
      setup: [{ command: moveTo('node-2') }, { wait: 80 }],
      hint: 'The template pins the pods to one node: unpin them and spread them by hostname. During a rollout the old pods still count for the spread, so a third replica may be what evens it out.',
      solution: [
        {
          command:
            `kubectl patch deployment web --type merge -p '{"spec":{"template":{"spec":{"nodeSelector":null,"topologySpreadConstraints":` +
            `[{"maxSkew":1,"topologyKey":"kubernetes.io/hostname","whenUnsatisfiable":"DoNotSchedule","labelSelector":{"matchLabels":{"app":"web"}}}]}}}}'`,
        },
        { wait: 80 },
        { command: 'kubectl scale deployment web --replicas=3' },
        { wait: 10 },
      ],
      checks: [{ views: { service, traffic: 'external' }, expect: { verdict: 'forward', allTo: { terminating: false } } }],
    },
  ],
};
