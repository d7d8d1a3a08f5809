/** Scenario 10: a DaemonSet behind internalTrafficPolicy Local, the docs' use case for node-local agents. */
import type { Check } from '../../../engine/checks';
import type { Scenario } from '../../types';
import agent from './agent.yaml?raw';
import cluster from './cluster.yaml?raw';
import web from './web.yaml?raw';

const service = 'default/node-agent';
const agentOn = (node: string) => ({ owner: service, node });
/** kube-proxy on the node sends to the agent on that same node, and only there. */
const localOnly = (node: string): Check => ({
  views: { service, node },
  expect: { verdict: 'forward', endpointCount: 1, allTo: { node } },
});

const node4 = `apiVersion: v1
kind: Node
metadata:
  name: node-4
  labels:
    kubernetes.io/hostname: node-4
    topology.kubernetes.io/zone: zone-b
`;

export const daemonSetLocal: Scenario = {
  id: 'daemonset-local',
  number: 10,
  title: 'DaemonSet + iTP Local: node-local agents',
  summary:
    'One agent pod per node, and internalTrafficPolicy Local keeps every pod’s metrics on its own node, through node joins and drains.',
  description:
    'A DaemonSet runs a metrics agent on every node; its Service has internalTrafficPolicy: Local, so kube-proxy on each node only knows the agent on that node. Add a node, drain one, restart the agents, and watch where traffic may go.',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'agent.yaml', text: agent },
    { name: 'web.yaml', text: web },
  ],
  activeFile: 'agent.yaml',
  service,
  kubernetesVersion: '1.34',
  tour: [
    {
      title: 'One agent on every node, each node talks to its own',
      text: 'The DaemonSet controller created one pod per node (named node-agent- and five random characters) and bound each to its node. With internalTrafficPolicy: Local, kube-proxy on a node puts only the endpoints on that node in the Service’s chain (KUBE-SVL): a web pod’s metrics never leave its node.',
      actions: [],
      observe: 'Every node shows one local endpoint for node-agent; the web pods route to the agent beside them.',
      checks: [
        { pods: { owner: service }, expect: { ready: 3, terminating: 0 } },
        localOnly('node-1'),
        localOnly('node-2'),
        localOnly('node-3'),
        { route: { fromNode: 'node-1', service }, expect: { verdict: 'forward', allTo: { node: 'node-1' } } },
      ],
    },
    {
      title: 'A node joins: the DaemonSet follows',
      text: 'kubectl apply adds node-4. No replica count changes: the DaemonSet controller sees a new node that should run its pod and creates one there at once. Five seconds later it is Ready, and kube-proxy on node-4 has its local endpoint. Until then, a pod on node-4 sending to node-agent would be dropped: Local never falls back to another node.',
      actions: [{ event: { type: 'apply', file: 'node-4.yaml', text: node4 }, label: 'kubectl apply -f node-4.yaml' }, { wait: 10 }],
      observe: 'node-4 appears with its own node-agent pod and one local endpoint.',
      checks: [{ pods: agentOn('node-4'), expect: { ready: 1 } }, localOnly('node-4'), { pods: { owner: service }, expect: { ready: 4 } }],
    },
    {
      title: 'Drain node-2: the agent stays',
      text: 'kubectl drain refuses to go on while DaemonSet pods are on the node, unless told --ignore-daemonsets: evicting them is pointless, as the DaemonSet controller tolerates the unschedulable taint of a cordoned node and would recreate them. So the web pod on node-2 is evicted and rescheduled elsewhere, while node-2 keeps its agent and its local endpoint.',
      actions: [{ command: 'kubectl drain node-2 --ignore-daemonsets' }, { wait: 40 }],
      observe: 'node-2 is SchedulingDisabled but still runs node-agent; no web pod is left there.',
      checks: [
        { pods: { owner: 'default/web', node: 'node-2' }, expect: { ready: 0, terminating: 0 } },
        { pods: { owner: 'default/web' }, expect: { ready: 3 } },
        { pods: agentOn('node-2'), expect: { ready: 1, terminating: 0 } },
        localOnly('node-2'),
      ],
    },
    {
      title: 'Restart the agents: one node at a time without its agent',
      text: 'kubectl rollout restart changes the pod template, and the DaemonSet’s RollingUpdate (maxUnavailable 1, maxSurge 0) replaces the pods node by node: it deletes the old pod first, then creates the new one once the old is gone. While a node has no Ready agent, Local has nothing to send to on that node and kube-proxy drops the traffic. A maxSurge of 1 (with maxUnavailable 0) would start the new pod first.',
      actions: [{ command: 'kubectl rollout restart daemonset node-agent' }, { wait: 1 }],
      observe: 'One node’s agent is Terminating: that node drops node-agent traffic until its new agent is Ready.',
      checks: [
        { pods: { owner: service }, expect: { ready: 3, terminating: 1 } },
        { views: { service, withLocalEndpoint: true }, expect: { verdict: 'forward', endpointCount: 1 } },
      ],
    },
    {
      title: 'The rollout is done',
      text: 'Each new pod had to be Ready before the next node’s old pod went. Now all four agents run the new template, and every node routes to its own agent again.',
      actions: [{ wait: 300 }],
      observe: 'Four Ready agents, one per node; each node view has one local endpoint.',
      checks: [
        { pods: { owner: service }, expect: { ready: 4, terminating: 0 } },
        localOnly('node-1'),
        localOnly('node-3'),
        localOnly('node-4'),
      ],
    },
  ],
  challenges: [],
};
