/** Scenario 8: ClientIP session affinity in iptables and IPVS. */
import type { Scenario } from '../../types';
import client from './client.yaml?raw';
import cluster from './cluster.yaml?raw';
import echo from './echo.yaml?raw';
import kubeProxy from './kube-proxy.yaml?raw';

const service = 'default/echo-svc';
const route = { from: 'default/client', service };
const requests = { from: 'default/client', service, count: 30 };

export const sessionAffinity: Scenario = {
  id: 'session-affinity',
  number: 8,
  title: 'Session affinity: iptables and IPVS',
  summary: 'One client sticks to one endpoint until the timeout — with -m recent in iptables, persistence in IPVS.',
  description: 'Three echo pods and a client; turn on sessionAffinity: ClientIP with a 60-second timeout, then switch kube-proxy to IPVS.',
  files: [
    { name: 'cluster.yaml', text: cluster },
    { name: 'echo.yaml', text: echo },
    { name: 'client.yaml', text: client },
    { name: 'kube-proxy.yaml', text: kubeProxy },
  ],
  activeFile: 'echo.yaml',
  service,
  kubernetesVersion: '1.34',
  tour: [
    {
      title: 'No affinity: every connection picks',
      text: 'iptables picks an endpoint for every new connection (-m statistic --mode random). Thirty requests from the client land on all three pods.',
      actions: [],
      observe: 'Send requests from the client in the inspector: the counts spread over three pods.',
      checks: [
        { route, expect: { verdict: 'forward', endpointCount: 3 } },
        { requests, expect: { distinctEndpoints: 3 } },
      ],
    },
    {
      title: 'ClientIP affinity in iptables',
      text: 'sessionAffinity: ClientIP adds “-m recent --rcheck --seconds 60 --reap” rules before the random ones: a client that connected within the last 60 seconds goes back to the same endpoint. The shares now say where a client’s first connection goes.',
      actions: [
        {
          command: `kubectl patch svc echo-svc --type merge -p '{"spec":{"sessionAffinity":"ClientIP","sessionAffinityConfig":{"clientIP":{"timeoutSeconds":60}}}}'`,
        },
      ],
      observe: 'All thirty requests answer from one pod. The trace names the -m recent rule.',
      checks: [
        { route, expect: { traceIncludes: '--rcheck --seconds 60' } },
        { requests, expect: { distinctEndpoints: 1 } },
      ],
    },
    {
      title: 'The same in IPVS',
      text: 'In IPVS mode the virtual server is persistent with a 60-second timeout: the kernel keeps a template connection per client address and sends it to the same real server until the template expires.',
      actions: [{ proxy: { mode: 'ipvs' } }],
      observe: 'Still one pod for all requests; the trace now speaks of a persistent virtual server.',
      checks: [
        { route, expect: { traceIncludes: 'persistent (timeout 60s)' } },
        { requests, expect: { distinctEndpoints: 1 } },
      ],
    },
    {
      title: 'IPVS without affinity: round robin',
      text: 'Back to sessionAffinity: None. IPVS’s default rr scheduler now hands successive connections to the servers in turn.',
      actions: [
        { command: `kubectl patch svc echo-svc --type merge -p '{"spec":{"sessionAffinity":"None","sessionAffinityConfig":null}}'` },
      ],
      observe: 'Thirty requests, ten per pod.',
      checks: [{ requests, expect: { distinctEndpoints: 3 } }],
    },
  ],
  challenges: [
    {
      id: 'affinity-one-pod',
      title: 'Sticky in nftables',
      text: 'Switch kube-proxy to nftables and make the client’s requests all land on one pod.',
      setup: [],
      hint: 'The data plane changes how affinity is built, not whether it exists.',
      solution: [
        { proxy: { mode: 'nftables' } },
        { command: `kubectl patch svc echo-svc --type merge -p '{"spec":{"sessionAffinity":"ClientIP"}}'` },
      ],
      checks: [
        { route, expect: { traceIncludes: 'affinity' } },
        { requests, expect: { distinctEndpoints: 1 } },
      ],
    },
  ],
};
