/** Scenario 6: externalTrafficPolicy Local on a LoadBalancer Service. */
import type { Scenario } from '../../types';
import cluster from './cluster.yaml?raw';
import webService from './web-service.yaml?raw';
import web from './web.yaml?raw';

const service = 'default/web';
const external = (node: string) => ({ service, node, traffic: 'external' as const });

export const etpLocalLoadBalancer: Scenario = {
  id: 'etp-local-lb',
  number: 6,
  title: 'externalTrafficPolicy Local on a LoadBalancer',
  summary: 'Only nodes with endpoints pass the health check; load is uneven; the client source IP is kept.',
  description: 'Three nodes behind a cloud load balancer, web pods on two of them (two and one).',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'web.yaml', text: web },
    { name: 'web-service.yaml', text: webService },
  ],
  activeFile: 'web-service.yaml',
  service,
  kubernetesVersion: '1.34',
  tour: [
    {
      title: 'Only local endpoints, only healthy nodes',
      text: 'With externalTrafficPolicy: Local kube-proxy sends load-balancer traffic only to pods on the node it arrived at, so no second hop and no SNAT: the pod sees the client’s real source IP. node-3 has no web pod: it drops that traffic, and its healthCheckNodePort answers 503 so the load balancer stops sending there.',
      actions: [],
      observe: 'External traffic at node-3 is dropped; node-1 splits between its two pods, node-2 sends all to its one.',
      checks: [
        { views: external('node-3'), expect: { verdict: 'drop', traceIncludes: 'no local endpoints' } },
        { views: external('node-1'), expect: { verdict: 'forward', endpointCount: 2, allTo: { node: 'node-1' } } },
        { views: external('node-2'), expect: { verdict: 'forward', endpointCount: 1, allTo: { node: 'node-2' } } },
      ],
    },
    {
      title: 'Uneven load',
      text: 'The load balancer splits evenly between the two healthy nodes, not between pods: node-2’s single pod takes half of all requests, each pod on node-1 a quarter.',
      actions: [],
      observe: 'Compare the shares: 50% at node-2’s one pod, 50% each at node-1’s two pods — of half the traffic.',
      checks: [
        { views: external('node-2'), expect: { allTo: { node: 'node-2' }, endpointCount: 1 } },
        { views: { service, withLocalEndpoint: false, traffic: 'external' }, expect: { verdict: 'drop' } },
      ],
    },
    {
      title: 'externalTrafficPolicy Cluster: even, but SNAT',
      text: 'With Cluster every node accepts load-balancer traffic and spreads it over all three pods, forwarding to other nodes when needed. Load is even; the price is a second hop and SNAT, so pods see a node’s IP instead of the client’s.',
      actions: [{ command: `kubectl patch svc web --type merge -p '{"spec":{"externalTrafficPolicy":"Cluster"}}'` }],
      observe: 'Every node, node-3 included, forwards to all three pods, a third each.',
      checks: [{ views: { service, traffic: 'external' }, expect: { verdict: 'forward', endpointCount: 3 } }],
    },
  ],
  challenges: [
    {
      id: 'etp-local-even',
      title: 'Local and even',
      text: 'Keep externalTrafficPolicy Local and source IPs, and make every node pass the health check with the same number of pods.',
      setup: [],
      hint: 'Each node needs its own pods; scale the Deployments so every node runs the same number.',
      solution: [
        {
          command: `kubectl patch deployment web-2 --type merge -p '{"spec":{"template":{"spec":{"nodeSelector":{"kubernetes.io/hostname":null}}}}}'`,
        },
        { command: 'kubectl scale deployment web-1 --replicas=1' },
        { command: 'kubectl scale deployment web-2 --replicas=2' },
        { wait: 60 },
      ],
      checks: [{ views: { service, traffic: 'external' }, expect: { verdict: 'forward', endpointCount: 1 } }],
    },
  ],
};
