/** Scenario 5: topology-mode Auto hints by CPU, the cases that remove them, next to trafficDistribution. */
import type { Scenario } from '../../types';
import client from './client.yaml?raw';
import cluster from './cluster.yaml?raw';
import echo from './echo.yaml?raw';
import services from './services.yaml?raw';

const auto = 'default/echo-auto';
const near = 'default/echo-near';
const route = (service: string) => ({ from: 'default/client', service });

export const topologyAuto: Scenario = {
  id: 'topology-auto',
  number: 5,
  title: 'topology-mode Auto vs trafficDistribution',
  summary: 'Hints allocated by CPU, and when they vanish: a 4/4/3 spread, a node without a zone label.',
  description: 'Twelve echo pods in three equal zones behind two Services: one with topology-mode Auto, one with PreferSameZone.',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'echo.yaml', text: echo },
    { name: 'services.yaml', text: services },
    { name: 'client.yaml', text: client },
  ],
  activeFile: 'services.yaml',
  service: auto,
  kubernetesVersion: '1.34',
  tour: [
    {
      title: 'Auto: four endpoints per zone',
      text: 'Each zone has a third of the CPU, so a third of the 12 endpoints: 4 each, exactly what runs there. The minimum per zone is ceil(4 / 1.2) = 4 (20% overload threshold). Both Services keep the zone-a client in zone-a.',
      actions: [],
      observe: 'The client’s routes to both Services use the four zone-a pods. The Service inspector shows the controller’s arithmetic.',
      checks: [
        { hints: { service: auto }, expect: { hintsByZone: { 'zone-a': 4, 'zone-b': 4, 'zone-c': 4 } } },
        { route: route(auto), expect: { endpointCount: 4, allTo: { zone: 'zone-a' } } },
        { route: route(near), expect: { endpointCount: 4, allTo: { zone: 'zone-a' } } },
      ],
    },
    {
      title: 'A 4/4/3 spread removes every hint',
      text: 'With 11 endpoints each zone desires 3.67 and needs at least ceil(3.67 / 1.2) = 4: 12 in all, more than 11. The controller cannot stay within the overload threshold and removes every hint. PreferSameZone has no such guard and keeps its zone hints.',
      actions: [{ command: 'kubectl scale deployment echo --replicas=11' }, { wait: 30 }],
      observe: 'echo-auto now spreads the client over all 11 endpoints; echo-near stays in zone-a.',
      checks: [
        { hints: { service: auto }, expect: { zoneHints: false, traceIncludes: 'overload threshold' } },
        { hints: { service: near }, expect: { zoneHints: true } },
        { route: route(auto), expect: { endpointCount: 11 } },
        { route: route(near), expect: { allTo: { zone: 'zone-a' } } },
      ],
    },
    {
      title: 'Back to 12: hints return',
      text: 'Scaling back to 12 gives every zone its four again; the controller writes the hints back.',
      actions: [{ command: 'kubectl scale deployment echo --replicas=12' }, { wait: 10 }],
      observe: 'Both Services keep the client in zone-a again.',
      checks: [
        { hints: { service: auto }, expect: { zoneHints: true } },
        { route: route(auto), expect: { allTo: { zone: 'zone-a' } } },
      ],
    },
    {
      title: 'A node loses its zone label',
      text: 'Without topology.kubernetes.io/zone on node-c1 the topology cache has “insufficient node information” and Auto removes every hint. trafficDistribution suffers too: node-c1’s endpoints have no zone, get no zone hint, and kube-proxy then ignores zone hints everywhere (one unhinted Ready endpoint turns zone mode off for all).',
      actions: [{ command: 'kubectl label node node-c1 topology.kubernetes.io/zone-' }],
      observe: 'Both Services now spread the client over all 12 endpoints.',
      checks: [
        { hints: { service: auto }, expect: { zoneHints: false } },
        { route: route(auto), expect: { endpointCount: 12 } },
        { route: route(near), expect: { endpointCount: 12 } },
      ],
    },
    {
      title: 'Label it again',
      text: 'Put the label back and both kinds of hints return.',
      actions: [{ command: 'kubectl label node node-c1 topology.kubernetes.io/zone=zone-c' }],
      observe: 'The client is back on the four zone-a pods for both Services.',
      checks: [
        { hints: { service: auto }, expect: { hintsByZone: { 'zone-a': 4, 'zone-b': 4, 'zone-c': 4 } } },
        { route: route(near), expect: { endpointCount: 4, allTo: { zone: 'zone-a' } } },
      ],
    },
  ],
  challenges: [
    {
      id: 'auto-keep-hints-at-11',
      title: 'Eleven is not enough',
      text: 'The Deployment runs 11 replicas and echo-auto lost its hints. Without scaling back up, get zone hints onto echo-auto again.',
      setup: [{ command: 'kubectl scale deployment echo --replicas=11' }, { wait: 30 }],
      hint: 'The overload guard belongs to topology-mode Auto; trafficDistribution has none.',
      solution: [
        {
          command: `kubectl patch svc echo-auto --type merge -p '{"metadata":{"annotations":{"service.kubernetes.io/topology-mode":null}},"spec":{"trafficDistribution":"PreferSameZone"}}'`,
        },
      ],
      checks: [{ hints: { service: auto }, expect: { zoneHints: true } }],
    },
  ],
};
