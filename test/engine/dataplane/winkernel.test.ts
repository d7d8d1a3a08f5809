import { describe, expect, it } from 'vitest';
import { winkernelEndpoints } from '../../../src/engine/dataplane/winkernel';
import { servicePortInfo } from '../../../src/engine/proxy/serviceport';
import { LOCAL_NODE, proxyEndpoint as ep, service } from '../proxy/fixtures';

describe('winkernelEndpoints', () => {
  const svc = service('web');
  const info = servicePortInfo(svc, svc.ports[0]!);

  it('uses Ready endpoints only for non-LoadBalancer Services, hints or not', () => {
    const eps = [
      ep('10.0.0.1:80', { ready: true, zoneHints: ['z'] }),
      ep('10.0.0.2:80', { ready: false, serving: true, terminating: true }),
    ];
    expect(winkernelEndpoints(eps, info, LOCAL_NODE, 'internal').endpoints.map((e) => e.key)).toEqual(['10.0.0.1:80']);
  });

  it('drops when nothing is usable (no HNS policy is programmed)', () => {
    const r = winkernelEndpoints([ep('10.0.0.2:80', { ready: false, serving: true, terminating: true })], info, LOCAL_NODE, 'internal');
    expect(r.verdict).toBe('drop');
  });

  it('LoadBalancer Services fall back to serving-terminating endpoints when all are terminating', () => {
    const lb = service('lb', { type: 'LoadBalancer', loadBalancerIPs: ['1.2.3.4'], externalTrafficPolicy: 'Cluster' });
    const r = winkernelEndpoints(
      [ep('10.0.0.2:80', { ready: false, serving: true, terminating: true })],
      servicePortInfo(lb, lb.ports[0]!),
      LOCAL_NODE,
      'internal',
    );
    expect(r.verdict).toBe('forward');
  });

  it('iTP Local uses local endpoints and drops without one', () => {
    const local = service('loc', { internalTrafficPolicy: 'Local' });
    const li = servicePortInfo(local, local.ports[0]!);
    expect(
      winkernelEndpoints([ep('10.0.0.1:80', { ready: true, local: true }), ep('10.0.0.2:80', { ready: true })], li, LOCAL_NODE, 'internal')
        .endpoints,
    ).toHaveLength(1);
    expect(winkernelEndpoints([ep('10.0.0.2:80', { ready: true })], li, LOCAL_NODE, 'internal').verdict).toBe('drop');
  });

  it('LoadBalancer with only serving-terminating endpoints: no NodePort/externalIP load balancer, but the LB ingress IP keeps its own', () => {
    const lb = service('lb', { type: 'LoadBalancer', loadBalancerIPs: ['1.2.3.4'], externalTrafficPolicy: 'Cluster' });
    const r = winkernelEndpoints(
      [ep('10.0.0.2:80', { ready: false, serving: true, terminating: true })],
      servicePortInfo(lb, lb.ports[0]!),
      LOCAL_NODE,
      'external',
    );
    expect(r.verdict).toBe('drop');
    expect(r.steps.at(-1)!.message).toBe(
      "every endpoint is terminating → no NodePort or externalIP load balancer is created (endpointsAvailableForLB is false) → DROP; the load-balancer ingress IP's HNS load balancer is still created over the 1 serving-terminating endpoint, so traffic the cloud load balancer sends to 1.2.3.4 itself is forwarded (this view shows the node-port path)",
    );
  });
});
