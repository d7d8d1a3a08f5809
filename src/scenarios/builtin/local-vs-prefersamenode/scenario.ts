/** Scenario 2: internalTrafficPolicy Local against PreferSameNode when the local pod goes away. */
import type { Scenario } from '../../types';
import client from './client.yaml?raw';
import cluster from './cluster.yaml?raw';
import echoPods from './echo-pods.yaml?raw';
import services from './services.yaml?raw';

const local = { from: 'default/client', service: 'default/echo-local' };
const near = { from: 'default/client', service: 'default/echo-near' };

export const localVsPreferSameNode: Scenario = {
  id: 'local-vs-prefersamenode',
  number: 2,
  title: 'internalTrafficPolicy Local vs PreferSameNode',
  summary: 'The local pod goes away: Local drops, PreferSameNode falls back.',
  description:
    'Two Services over the same two pods: one with internalTrafficPolicy Local, one with trafficDistribution PreferSameNode. Delete the pod next to the client and compare.',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'echo-pods.yaml', text: echoPods },
    { name: 'services.yaml', text: services },
    { name: 'client.yaml', text: client },
  ],
  activeFile: 'services.yaml',
  service: 'default/echo-local',
  kubernetesVersion: '1.34',
  tour: [
    {
      title: 'Both keep traffic on the node',
      text: 'echo-m02 runs next to the client. echo-local (internalTrafficPolicy: Local) and echo-near (trafficDistribution: PreferSameNode) both send the client’s traffic to it.',
      actions: [],
      observe: 'Two routes from the client, each 100% to echo-m02 on mnode-m02.',
      checks: [
        { route: local, expect: { verdict: 'forward', allTo: { pod: 'echo-m02' } } },
        { route: near, expect: { verdict: 'forward', allTo: { pod: 'echo-m02' } } },
      ],
    },
    {
      title: 'Delete the local pod: it terminates',
      text: 'kubectl delete gives echo-m02 its 30-second grace period. It is terminating: no longer Ready, still serving. PreferSameNode only hints Ready endpoints, so echo-near moves to echo-m03 at once. Local has no Ready local endpoint either, and falls back to the local serving-terminating one, so existing work can finish.',
      actions: [{ command: 'kubectl delete pod echo-m02' }],
      observe: 'echo-local still reaches echo-m02, now marked terminating; echo-near crosses to mnode-m03.',
      checks: [
        { pods: { labels: { app: 'echo' }, node: 'mnode-m02' }, expect: { terminating: 1 } },
        { route: local, expect: { verdict: 'forward', allTo: { pod: 'echo-m02', terminating: true } } },
        { route: near, expect: { verdict: 'forward', allTo: { pod: 'echo-m03' } } },
      ],
    },
    {
      title: 'The grace period ends: dropped vs fallback',
      text: 'After 30 seconds the kubelet removes echo-m02. mnode-m02 has no endpoint of its own any more. Local is a rule: kube-proxy drops the traffic. PreferSameNode is a preference: node hints, then zone hints, then any Ready endpoint.',
      actions: [{ wait: 30 }],
      observe: 'echo-local is dropped at mnode-m02 (“has no local endpoints”); echo-near still answers from mnode-m03.',
      checks: [
        { route: local, expect: { verdict: 'drop', traceIncludes: 'has no local endpoints' } },
        { route: near, expect: { verdict: 'forward', allTo: { node: 'mnode-m03' } } },
      ],
    },
  ],
  challenges: [
    {
      id: 'local-never-drop',
      title: 'Never drop, stay local when you can',
      text: 'With echo-m02 gone, change echo-local so the client is served again — while it would still prefer a pod on its own node.',
      setup: [{ command: 'kubectl delete pod echo-m02 --grace-period=0 --force' }],
      hint: 'One field is a rule, another a preference. The Service needs the preference instead of the rule.',
      solution: [
        {
          command: `kubectl patch svc echo-local --type merge -p '{"spec":{"internalTrafficPolicy":"Cluster","trafficDistribution":"PreferSameNode"}}'`,
        },
      ],
      checks: [
        { route: local, expect: { verdict: 'forward', allTo: { pod: 'echo-m03' } } },
        { hints: { service: 'default/echo-local' }, expect: { zoneHints: true } },
      ],
    },
  ],
};
