/** Scenario 11: is PreferSameZone worth it? The Compare panel's columns, the cost, the zone failure. */
import type { Scenario } from '../../types';
import clients from './clients.yaml?raw';
import cluster from './cluster.yaml?raw';
import web from './web.yaml?raw';

const service = 'default/web';
const route = (from: string) => ({ from: `default/${from}`, service });

export const preferSameZoneWorthIt: Scenario = {
  id: 'prefersamezone-worth-it',
  number: 11,
  title: 'Is PreferSameZone worth it?',
  summary: 'Every choice side by side: what crosses zones, what it costs, who gets overloaded, what a zone outage does.',
  description:
    'Three zones with uneven endpoints (three web pods in zone-a, one in zone-b, none in zone-c) and one client in each. Open the Compare tab and weigh the choices.',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'web.yaml', text: web },
    { name: 'clients.yaml', text: clients },
  ],
  activeFile: 'web.yaml',
  service,
  kubernetesVersion: '1.34',
  tour: [
    {
      title: 'The default spreads everything',
      text: 'With nothing set, kube-proxy on every node uses all four endpoints, 25% each. Open the Compare tab: in the “unset” column two thirds of all requests cross zones. At the assumed 100 requests/s per client, 11 kB per request and response, and 0.02 USD per GB crossing zones (assumptions, edit them under “Estimate inputs”) that is about 5,782 GB and 115.63 USD a month. Load is even: the busiest endpoint gets ×1.00 its fair share.',
      actions: [],
      observe:
        'client-a and client-c send three quarters to zone-a and a quarter to zone-b; the Compare tab’s “unset” column says 16.7% / 16.7% / 66.7%.',
      checks: [
        { route: route('client-a'), expect: { verdict: 'forward', endpointCount: 4, sharesByZone: { 'zone-a': 0.75, 'zone-b': 0.25 } } },
        { route: route('client-c'), expect: { verdict: 'forward', endpointCount: 4, sharesByZone: { 'zone-a': 0.75, 'zone-b': 0.25 } } },
      ],
    },
    {
      title: 'PreferSameZone halves the cross-zone bill',
      text: 'Apply the PreferSameZone column (or pick it in the toolbar). The EndpointSlice controller hints each Ready endpoint for its own zone; kube-proxy keeps the ones hinted for its node’s zone. zone-c has no endpoint, so its node finds none hinted for zone-c and falls back to all four. Cross-zone traffic drops to a third (about 2,891 GB, 57.82 USD a month) — but zone-b’s single pod now serves all of client-b plus a quarter of client-c: 5/12 of all requests, ×1.67 an even split. That is the overload risk the column warns about.',
      actions: [{ toolbar: { service, field: 'trafficDistribution', value: 'PreferSameZone' } }],
      observe:
        'client-a stays in zone-a, client-b stays on web-b1, client-c still spreads over all four; the busiest endpoint is web-b1 at ×1.67.',
      checks: [
        { route: route('client-a'), expect: { verdict: 'forward', allTo: { zone: 'zone-a' }, endpointCount: 3 } },
        { route: route('client-b'), expect: { verdict: 'forward', allTo: { pod: 'default/web-b1' } } },
        { route: route('client-c'), expect: { verdict: 'forward', endpointCount: 4, traceIncludes: 'zone-c' } },
      ],
    },
    {
      title: 'zone-b goes down: the fallback column',
      text: 'In the Compare tab, set “Under failure” to “zone zone-b outage” to see every column right after it. Here it happens for real (the Compare tab then compares the live cluster after it, and says so above the columns): zone-b’s node stops reporting, its pod is no longer Ready and loses its hint. client-b’s node is down, so it sends nothing. client-a keeps zone-a; client-c falls back to the three zone-a pods. Nobody is dropped with PreferSameZone — compare the internalTrafficPolicy: Local column, where client-c (no local endpoint) is dropped before and after the outage.',
      actions: [{ event: { type: 'zone.outage', zone: 'zone-b' }, label: 'zone-b outage' }],
      observe: 'Every remaining route ends in zone-a; web-b1 is not Ready.',
      checks: [
        { route: route('client-a'), expect: { verdict: 'forward', allTo: { zone: 'zone-a' } } },
        { route: route('client-c'), expect: { verdict: 'forward', allTo: { zone: 'zone-a' }, endpointCount: 3 } },
      ],
    },
    {
      title: 'zone-b recovers',
      text: 'zone-b’s node reports Ready again before the 300-second eviction timeout: web-b1 turns Ready, gets its zone-b hint back, and the picture of step 2 returns. The answer to the question: PreferSameZone is worth it when every zone has enough endpoints for its clients; where one zone has few (zone-b) or none (zone-c), weigh the saving against the ×1.67 load on the lone pod — or add replicas there.',
      actions: [{ event: { type: 'zone.recover', zone: 'zone-b' }, label: 'zone-b recovers' }],
      observe: 'client-b is back on web-b1.',
      checks: [{ route: route('client-b'), expect: { verdict: 'forward', allTo: { pod: 'default/web-b1' } } }],
    },
  ],
  challenges: [],
};
