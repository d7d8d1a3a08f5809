/**
 * Scenario 1, the seed demo as a tour: the Kubernetes v1.34 article's steps — default spread,
 * PreferSameNode, PreferSameZone, then the fallback when zone-a has no echo pod left.
 */
import { seedDemo } from '../seedDemo';
import type { Scenario } from '../types';

const route = { from: 'default/client', service: 'default/echo-svc' };
const patchSvc = (spec: string) => `kubectl patch svc echo-svc --type merge -p '{"spec":{${spec}}}'`;

export const seedDemoScenario: Scenario = {
  ...seedDemo,
  number: 1,
  summary: 'Default → PreferSameNode → PreferSameZone → fallback when zone-a runs out of echo pods.',
  tour: [
    {
      title: 'The default: every endpoint, half each',
      text: 'Two echo pods, one per worker node, and a client on mnode-m02 in zone-a. The Service has no trafficDistribution, so kube-proxy on every node uses every Ready endpoint.',
      actions: [],
      observe: 'Two routes leave the client, 50% each, one of them crossing to zone-b.',
      checks: [{ route, expect: { verdict: 'forward', endpointCount: 2, sharesByZone: { 'zone-a': 0.5, 'zone-b': 0.5 } } }],
    },
    {
      title: 'PreferSameNode: stay on the node',
      text: 'trafficDistribution: PreferSameNode makes the EndpointSlice controller write node hints (and zone hints) on every Ready endpoint. kube-proxy on mnode-m02 finds an endpoint hinted for its node and keeps only that one.',
      actions: [{ command: patchSvc('"trafficDistribution":"PreferSameNode"') }],
      observe: 'One route, 100%, to the echo pod on the client’s own node. The inspector’s trace says why: PreferSameNode.',
      checks: [
        { route, expect: { verdict: 'forward', allTo: { node: 'mnode-m02', locality: 'same-node' }, traceIncludes: 'PreferSameNode' } },
        { hints: { service: 'default/echo-svc' }, expect: { zoneHints: true } },
      ],
    },
    {
      title: 'PreferSameZone: stay in the zone',
      text: 'PreferSameZone writes zone hints only. mnode-m02 is in zone-a, and the echo pod hinted for zone-a is the one on mnode-m02.',
      actions: [{ command: patchSvc('"trafficDistribution":"PreferSameZone"') }],
      observe: 'Still one route, now chosen by zone: all traffic stays in zone-a.',
      checks: [{ route, expect: { verdict: 'forward', allTo: { zone: 'zone-a' } } }],
    },
    {
      title: 'Fallback: no echo pod left in zone-a',
      text: 'Pin the Deployment to zone-b with one replica. The rolling update starts the new pod in zone-b and terminates the others. With no Ready endpoint hinted for zone-a, kube-proxy on mnode-m02 does not drop: it falls back to every Ready endpoint — the one in zone-b.',
      actions: [
        {
          command: `kubectl patch deployment echo --type merge -p '{"spec":{"replicas":1,"template":{"spec":{"nodeSelector":{"topology.kubernetes.io/zone":"zone-b"}}}}}'`,
        },
        { wait: 40 },
      ],
      observe: 'One echo pod, on mnode-m03. The client’s route crosses to zone-b at 100% — a preference, not a rule.',
      checks: [
        { pods: { owner: 'default/echo', zone: 'zone-b' }, expect: { ready: 1, terminating: 0 } },
        { pods: { owner: 'default/echo', zone: 'zone-a' }, expect: { ready: 0, terminating: 0 } },
        { route, expect: { verdict: 'forward', allTo: { zone: 'zone-b', locality: 'cross-zone' } } },
      ],
    },
    {
      title: 'Contrast: internalTrafficPolicy Local drops',
      text: 'internalTrafficPolicy: Local is a rule, not a preference: only endpoints on the client’s own node count. mnode-m02 has none, so kube-proxy drops the traffic.',
      actions: [{ command: patchSvc('"internalTrafficPolicy":"Local"') }],
      observe: 'The client’s route turns into a drop at its own node, with the reason “has no local endpoints”.',
      checks: [{ route, expect: { verdict: 'drop', traceIncludes: 'has no local endpoints' } }],
    },
  ],
  challenges: [
    {
      id: 'seed-stay-in-zone-a',
      title: 'Bring the traffic home',
      text: 'After the fallback, make the client’s traffic stay in zone-a again — without removing PreferSameZone.',
      setup: [
        { command: `kubectl patch svc echo-svc --type merge -p '{"spec":{"trafficDistribution":"PreferSameZone"}}'` },
        {
          command: `kubectl patch deployment echo --type merge -p '{"spec":{"replicas":1,"template":{"spec":{"nodeSelector":{"topology.kubernetes.io/zone":"zone-b"}}}}}'`,
        },
        { wait: 40 },
      ],
      hint: 'An echo pod in zone-a needs somewhere to run: the Deployment’s nodeSelector decides.',
      solution: [
        { command: `kubectl patch deployment echo --type merge -p '{"spec":{"replicas":2,"template":{"spec":{"nodeSelector":null}}}}'` },
        { wait: 40 },
      ],
      checks: [{ route, expect: { verdict: 'forward', allTo: { zone: 'zone-a' } } }],
    },
  ],
};
