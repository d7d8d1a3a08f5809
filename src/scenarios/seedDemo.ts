/**
 * The built-in seed demo: the Kubernetes v1.34 PreferSameNode / PreferSameZone walkthrough on a
 * three-node cluster, as the four files the article uses plus the Nodes.
 */
import client from './seed-demo/client.yaml?raw';
import cluster from './seed-demo/cluster.yaml?raw';
import echoPod from './seed-demo/echo-pod.yaml?raw';
import echoService from './seed-demo/echo-service.yaml?raw';
import type { Example } from './types';

export type { Example };

export const seedDemo: Example = {
  id: 'seed-demo',
  title: 'Seed demo: PreferSameNode (v1.34)',
  description: 'Three nodes, two echo pods, one client in zone-a: switch trafficDistribution and watch the routes move.',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'echo-pod.yaml', text: echoPod },
    { name: 'echo-service.yaml', text: echoService },
    { name: 'client.yaml', text: client },
  ],
  activeFile: 'echo-service.yaml',
  service: 'default/echo-svc',
  kubernetesVersion: '1.34',
};
