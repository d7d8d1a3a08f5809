/** Scenario 9: kubectl drain under a PodDisruptionBudget, one eviction at a time. */
import type { Scenario } from '../../types';
import cluster from './cluster.yaml?raw';
import pdb from './pdb.yaml?raw';
import web from './web.yaml?raw';

const service = 'default/web';
const onNode3 = { owner: 'default/web', node: 'node-3' };
const fromClient = { from: 'default/client', service };

export const drainWithBudget: Scenario = {
  id: 'drain-pdb',
  number: 9,
  title: 'Drain a node under a PodDisruptionBudget',
  summary: 'kubectl drain waits for the budget: node-3 empties one pod at a time, and three endpoints always serve.',
  description:
    'Four web replicas, two of them on node-3, and a PodDisruptionBudget with maxUnavailable 1. Drain node-3 and watch the evictions wait for the replacements.',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'web.yaml', text: web },
    { name: 'pdb.yaml', text: pdb },
  ],
  activeFile: 'pdb.yaml',
  service,
  kubernetesVersion: '1.34',
  tour: [
    {
      title: 'Four endpoints, two on node-3',
      text: 'The scheduler spread the four web pods over both zones: node-3, alone in zone-b, holds two of them. The budget allows one voluntary disruption: four healthy pods, and four expected replicas minus maxUnavailable 1 means three must stay.',
      actions: [],
      observe: 'The client reaches four web endpoints; kubectl get pdb shows ALLOWED DISRUPTIONS 1.',
      checks: [
        { pods: onNode3, expect: { ready: 2, terminating: 0 } },
        { route: fromClient, expect: { verdict: 'forward', endpointCount: 4 } },
      ],
    },
    {
      title: 'The drain evicts one pod and waits',
      text: 'kubectl drain cordons node-3 and asks the eviction API for both pods. The first eviction uses the one disruption the budget allows; the second gets 429 Too Many Requests ("Cannot evict pod as it would violate the pod’s disruption budget"), and kubectl drain will ask again in 5 seconds. The evicted pod is Terminating, so its endpoint is no longer ready; its replacement is starting on a node of zone-a.',
      actions: [{ command: 'kubectl drain node-3' }],
      observe: 'node-3 keeps one Ready pod; the client reaches three endpoints.',
      checks: [
        { pods: onNode3, expect: { ready: 1, terminating: 1 } },
        { route: fromClient, expect: { verdict: 'forward', endpointCount: 3, noneTo: { terminating: true } } },
      ],
    },
    {
      title: 'The replacement is Ready: the second eviction goes through',
      text: 'Five seconds on, the replacement pod is Ready: four healthy pods again, so the budget allows one disruption, and the drain’s retry evicts node-3’s last pod. Another replacement starts; three endpoints serve all along.',
      actions: [{ wait: 5 }],
      observe: 'Both node-3 pods are Terminating; the client still reaches three endpoints.',
      checks: [
        { pods: onNode3, expect: { ready: 0, terminating: 2 } },
        { route: fromClient, expect: { verdict: 'forward', endpointCount: 3, noneTo: { node: 'node-3' } } },
      ],
    },
    {
      title: 'node-3 is empty',
      text: 'The second replacement is Ready and the grace periods are over: node-3 holds no pod, stays cordoned (SchedulingDisabled) until kubectl uncordon, and the four endpoints run in zone-a. Without the budget, both node-3 pods would have gone at once, leaving two endpoints for five seconds.',
      actions: [{ wait: 40 }],
      observe: 'The client reaches four endpoints, all in zone-a.',
      checks: [
        { pods: onNode3, expect: { ready: 0, terminating: 0 } },
        { route: fromClient, expect: { verdict: 'forward', endpointCount: 4, allTo: { zone: 'zone-a' } } },
      ],
    },
  ],
  challenges: [],
};
