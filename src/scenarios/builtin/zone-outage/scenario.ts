/** Scenario 3: a zone outage under PreferSameZone, and the recovery. */
import type { Scenario } from '../../types';
import clients from './clients.yaml?raw';
import cluster from './cluster.yaml?raw';
import echo from './echo.yaml?raw';

const service = 'default/echo-svc';
const stayHome = (zone: string) => ({ route: { fromZone: zone, service }, expect: { verdict: 'forward' as const, allTo: { zone } } });

export const zoneOutage: Scenario = {
  id: 'zone-outage',
  number: 3,
  title: 'Zone outage with PreferSameZone',
  summary: 'zone-b goes dark: its clients fall back to the other zones, then come home.',
  description: 'Three zones, one echo pod and one client in each, PreferSameZone. Take zone-b down and bring it back.',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'echo.yaml', text: echo },
    { name: 'clients.yaml', text: clients },
  ],
  activeFile: 'echo.yaml',
  service,
  kubernetesVersion: '1.34',
  tour: [
    {
      title: 'Every zone serves itself',
      text: 'The EndpointSlice controller hints each Ready endpoint for its own zone. kube-proxy on each node keeps the endpoints hinted for its zone.',
      actions: [],
      observe: 'Each client’s route stays inside its own zone.',
      checks: [stayHome('zone-a'), stayHome('zone-b'), stayHome('zone-c')],
    },
    {
      title: 'zone-b goes down',
      text: 'Both zone-b nodes stop posting status: NotReady. The node lifecycle controller marks their pods not Ready, so zone-b’s echo endpoint is no longer Ready and gets no hint. kube-proxy on zone-b’s nodes finds no endpoint hinted for zone-b and falls back to every Ready endpoint.',
      actions: [{ event: { type: 'zone.outage', zone: 'zone-b' }, label: 'zone-b outage' }],
      observe: 'client-b’s traffic now crosses to zone-a and zone-c, half each; the other zones are untouched.',
      checks: [
        stayHome('zone-a'),
        stayHome('zone-c'),
        {
          route: { from: 'default/client-b', service },
          expect: { verdict: 'forward', noneTo: { zone: 'zone-b' }, sharesByZone: { 'zone-a': 0.5, 'zone-c': 0.5 } },
        },
      ],
    },
    {
      title: 'zone-b recovers',
      text: 'The nodes post Ready again before the 300-second eviction timeout, so the pods were never evicted: they turn Ready, get their zone hints back, and zone-b serves itself again.',
      actions: [{ event: { type: 'zone.recover', zone: 'zone-b' }, label: 'zone-b recovers' }],
      observe: 'All three clients are back in their own zones.',
      checks: [stayHome('zone-a'), stayHome('zone-b'), stayHome('zone-c')],
    },
  ],
  challenges: [
    {
      id: 'zone-b-survives-node-b1',
      title: 'Survive a node, not a zone',
      text: 'node-b1 fails (NotReady). Make zone-b’s clients stay in zone-b after node-b1 fails.',
      setup: [{ event: { type: 'node.notReady', node: 'node-b1' }, label: 'node-b1 NotReady' }],
      hint: 'zone-b needs a Ready echo pod on its other node. More replicas, spread by zone, give every zone more than one.',
      solution: [{ command: 'kubectl scale deployment echo --replicas=6' }, { wait: 10 }],
      checks: [stayHome('zone-b')],
    },
  ],
};
