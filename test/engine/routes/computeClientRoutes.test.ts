import { describe, expect, it } from 'vitest';
import type { KubeProxyConfiguration, Service } from '../../../src/engine/model';
import { computeServiceViews } from '../../../src/engine/proxy/computeServiceViews';
import { computeClientRoutes } from '../../../src/engine/routes/computeClientRoutes';
import { defaultGates } from '../../../src/engine/version';
import { client, kubeProxy, node, service, slice, sliceEndpoint } from '../proxy/fixtures';

const nodes = [node('mnode'), node('mnode-m02', 'zone-a'), node('mnode-m03', 'zone-b')];
const endpoints = [
  sliceEndpoint('10.244.1.2', { node: 'mnode-m02', zone: 'zone-a', pod: 'echo-a' }),
  sliceEndpoint('10.244.2.3', { node: 'mnode-m03', zone: 'zone-b', pod: 'echo-b' }),
];

function routes(
  opts: {
    svc?: Partial<Service>;
    proxy?: KubeProxyConfiguration;
    clients?: ReturnType<typeof client>[];
    requests?: number;
    seed?: number;
  } = {},
) {
  const services = [service('echo-svc', opts.svc)];
  const proxy = opts.proxy ?? kubeProxy();
  const serviceViews = computeServiceViews({
    services,
    slicesByService: new Map([['default/echo-svc', [slice('echo-svc', endpoints)]]]),
    nodes,
    version: '1.34',
    gates: defaultGates('1.34'),
    kubeProxy: proxy,
  });
  return computeClientRoutes({
    clients: opts.clients ?? [client('client', 'mnode-m02', '10.244.1.9')],
    services,
    serviceViews,
    nodes,
    kubeProxy: proxy,
    ...(opts.requests ? { requests: opts.requests } : {}),
    seed: opts.seed ?? 1,
  });
}

describe('computeClientRoutes', () => {
  it('one route per client × service port, from the client node with locality relative to it', () => {
    const [route, ...rest] = routes();
    expect(rest).toHaveLength(0);
    expect(route).toMatchObject({
      from: 'default/client',
      fromIP: '10.244.1.9',
      node: 'mnode-m02',
      service: 'default/echo-svc',
      port: 80,
      traffic: 'internal',
      verdict: 'forward',
    });
    expect(Object.fromEntries(route!.endpoints.map((e) => [e.pod, e.locality]))).toEqual({
      'default/echo-a': 'same-node',
      'default/echo-b': 'cross-zone',
    });
    expect(route!.trace[0]!.stage).toBe('client');
  });

  it('pending clients get no routes', () => {
    expect(routes({ clients: [client('waiting', undefined, '')] })).toEqual([]);
  });

  it('one route per port of a multi-port Service', () => {
    const r = routes({
      svc: {
        ports: [
          { name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 },
          { name: 'admin', protocol: 'TCP', port: 9000, targetPort: 9000 },
        ],
      },
    });
    // The slice only carries an unnamed 8080 port, so both named ports have no endpoints.
    expect(r.map((x) => [x.portName, x.verdict])).toEqual([
      ['http', 'reject'],
      ['admin', 'reject'],
    ]);
  });

  it('IPVS sh pins a client to one endpoint by its source address; rr keeps shares', () => {
    const pinned = routes({ proxy: kubeProxy('ipvs', 'sh') })[0]!;
    expect(pinned.endpoints.map((e) => e.weight).sort()).toEqual([0, 1]);
    expect(pinned.trace.map((t) => t.message).join('\n')).toContain('hashes the source address 10.244.1.9');
    const rr = routes({ proxy: kubeProxy('ipvs', 'rr') })[0]!;
    expect(rr.endpoints.map((e) => e.weight)).toEqual([0.5, 0.5]);
  });

  it('different clients can hash to different endpoints under sh', () => {
    const clients = Array.from({ length: 20 }, (_, i) => client(`c${i}`, 'mnode-m02', `10.244.1.${10 + i}`));
    const picks = new Set(routes({ proxy: kubeProxy('ipvs', 'sh'), clients }).map((r) => r.endpoints.find((e) => e.weight === 1)!.pod));
    expect(picks.size).toBe(2);
  });

  it('fills requests with the seeded simulation', () => {
    const route = routes({ requests: 40 })[0]!;
    const counts = route.requests!;
    expect(counts['default/echo-a']! + counts['default/echo-b']!).toBe(40);
    expect(counts['default/echo-a']).toBeGreaterThan(10);
    expect(counts['default/echo-b']).toBeGreaterThan(10);
    expect(routes({ requests: 40 })[0]!.requests).toEqual(counts);
  });

  it('counts drops for iTP Local without a local endpoint', () => {
    const route = routes({ svc: { internalTrafficPolicy: 'Local' }, clients: [client('client', 'mnode', '10.244.0.9')], requests: 5 })[0]!;
    expect(route.verdict).toBe('drop');
    expect(route.requests).toEqual({ dropped: 5 });
  });
});
