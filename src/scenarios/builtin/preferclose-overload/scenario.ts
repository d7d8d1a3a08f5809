/** Scenario 4: PreferClose ignores capacity; topology-mode Auto guards against overload. */
import type { Scenario } from '../../types';
import cluster from './cluster.yaml?raw';
import echo from './echo.yaml?raw';
import echoService from './echo-service.yaml?raw';
import load from './load.yaml?raw';

const service = 'default/echo-svc';
const fromZoneA = { fromZone: 'zone-a', service };
const patchSvc = (body: string) => `kubectl patch svc echo-svc --type merge -p '${body}'`;

export const preferCloseOverload: Scenario = {
  id: 'preferclose-overload',
  number: 4,
  title: 'PreferClose overload',
  summary: 'Six clients in zone-a, one endpoint there, three elsewhere: PreferClose piles them on one pod.',
  description:
    'trafficDistribution: PreferClose keeps traffic in the zone whatever the load; topology-mode Auto lends endpoints across zones by CPU.',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'echo.yaml', text: echo },
    { name: 'echo-service.yaml', text: echoService },
    { name: 'load.yaml', text: load },
  ],
  activeFile: 'echo-service.yaml',
  service,
  kubernetesVersion: '1.34',
  tour: [
    {
      title: 'Spread over all four',
      text: 'Without trafficDistribution every node uses all four Ready endpoints: the six zone-a clients spread their load, three quarters of it across the zone boundary.',
      actions: [],
      observe: 'Every zone-a client sends 25% to each echo pod.',
      checks: [{ route: fromZoneA, expect: { verdict: 'forward', endpointCount: 4, sharesByZone: { 'zone-a': 0.25, 'zone-b': 0.75 } } }],
    },
    {
      title: 'PreferClose: all of zone-a on one pod',
      text: 'PreferClose (an alias of PreferSameZone) hints each endpoint for its own zone. kube-proxy in zone-a keeps the one endpoint hinted for zone-a — it knows nothing about load. Six clients now share one pod while three pods in zone-b serve one client.',
      actions: [{ command: patchSvc('{"spec":{"trafficDistribution":"PreferClose"}}') }],
      observe: 'All six zone-a routes converge on echo-a: the overload the API docs warn about.',
      checks: [{ route: fromZoneA, expect: { verdict: 'forward', endpointCount: 1, allTo: { zone: 'zone-a' } } }],
    },
    {
      title: 'topology-mode Auto: hints by CPU',
      text: 'The topology-mode: Auto annotation takes precedence over trafficDistribution. The EndpointSlice controller gives each zone endpoints in proportion to its CPU: both zones have 8 CPUs, so each should get 2 of the 4. zone-b donates one of its endpoints to zone-a.',
      actions: [{ command: patchSvc('{"metadata":{"annotations":{"service.kubernetes.io/topology-mode":"Auto"}}}') }],
      observe: 'zone-a clients now use two endpoints: echo-a and one zone-b pod hinted for zone-a.',
      checks: [
        { hints: { service }, expect: { hintsByZone: { 'zone-a': 2, 'zone-b': 2 } } },
        { route: fromZoneA, expect: { verdict: 'forward', endpointCount: 2, sharesByZone: { 'zone-a': 0.5, 'zone-b': 0.5 } } },
      ],
    },
  ],
  challenges: [
    {
      id: 'preferclose-spread-in-zone',
      title: 'Close and not crowded',
      text: 'Keep PreferClose (no Auto annotation) and make zone-a’s clients spread over three endpoints without leaving zone-a.',
      setup: [{ command: patchSvc('{"spec":{"trafficDistribution":"PreferClose"}}') }],
      hint: 'PreferClose follows the endpoints. Where are they?',
      solution: [{ command: 'kubectl scale deployment echo-a --replicas=3' }, { wait: 10 }],
      checks: [{ route: fromZoneA, expect: { verdict: 'forward', endpointCount: 3, allTo: { zone: 'zone-a' } } }],
    },
  ],
};
