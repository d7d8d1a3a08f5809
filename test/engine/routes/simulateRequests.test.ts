import { describe, expect, it } from 'vitest';
import type { ClientRoute, WeightedEndpoint } from '../../../src/engine/report';
import { simulateRequests, simulationContextOf } from '../../../src/engine/routes/simulateRequests';

const endpoint = (pod: string, weight: number): WeightedEndpoint => ({
  pod,
  ip: '10.0.0.1',
  port: 80,
  weight,
  locality: 'same-zone',
  ready: true,
  serving: true,
  terminating: false,
});
function route(verdict: ClientRoute['verdict'], endpoints: WeightedEndpoint[]): ClientRoute {
  return {
    node: 'n',
    service: 'default/s',
    port: 80,
    protocol: 'TCP',
    traffic: 'internal',
    verdict,
    endpoints,
    trace: [],
    from: 'default/c',
    fromIP: '10.0.0.9',
  };
}
const half = route('forward', [endpoint('default/a', 0.5), endpoint('default/b', 0.5)]);

describe('simulateRequests', () => {
  it('iptables: independent random picks by weight, roughly even, deterministic per seed', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const counts = simulateRequests(half, { proxyMode: 'iptables', sessionAffinity: 'None' }, 40, seed);
      expect(counts['default/a']! + counts['default/b']!).toBe(40);
      expect(counts['default/a']).toBeGreaterThan(8);
      expect(counts['default/b']).toBeGreaterThan(8);
      expect(simulateRequests(half, { proxyMode: 'iptables', sessionAffinity: 'None' }, 40, seed)).toEqual(counts);
    }
  });

  it('follows uneven weights', () => {
    const skewed = route('forward', [endpoint('default/a', 0.9), endpoint('default/b', 0.1)]);
    const counts = simulateRequests(skewed, { proxyMode: 'nftables', sessionAffinity: 'None' }, 1000, 3);
    expect(counts['default/a']).toBeGreaterThan(850);
    expect(counts['default/b']).toBeGreaterThan(50);
  });

  it('IPVS rr and the least-connection family take turns: exactly 20/20', () => {
    for (const s of ['rr', 'lc', 'wlc', 'sed', 'nq', 'wrr'] as const) {
      expect(simulateRequests(half, { proxyMode: 'ipvs', ipvsScheduler: s, sessionAffinity: 'None' }, 40, 7)).toEqual({
        'default/a': 20,
        'default/b': 20,
      });
    }
  });

  it('pinned routes (sh, dh, …) send everything to the pinned endpoint', () => {
    const pinned = route('forward', [endpoint('default/a', 0), endpoint('default/b', 1)]);
    expect(simulateRequests(pinned, { proxyMode: 'ipvs', ipvsScheduler: 'sh', sessionAffinity: 'None' }, 40, 1)).toEqual({
      'default/b': 40,
    });
  });

  it('ClientIP affinity: the first request picks, the rest stick', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const counts = simulateRequests(
        half,
        { proxyMode: 'iptables', sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800 },
        40,
        seed,
      );
      expect(Object.values(counts)).toEqual([40]);
    }
  });

  it('drop and reject count as such; zero requests count nothing', () => {
    expect(simulateRequests(route('drop', []), { proxyMode: 'iptables', sessionAffinity: 'None' }, 3, 1)).toEqual({ dropped: 3 });
    expect(simulateRequests(route('reject', []), { proxyMode: 'iptables', sessionAffinity: 'None' }, 3, 1)).toEqual({ rejected: 3 });
    expect(simulateRequests(half, { proxyMode: 'iptables', sessionAffinity: 'None' }, 0, 1)).toEqual({});
  });
});

describe('simulationContextOf', () => {
  it('takes the proxy mode and IPVS scheduler from the report and affinity from the Service', () => {
    expect(
      simulationContextOf({ proxyMode: 'ipvs', ipvsScheduler: 'sh' }, { sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 30 }),
    ).toEqual({
      proxyMode: 'ipvs',
      ipvsScheduler: 'sh',
      sessionAffinity: 'ClientIP',
      sessionAffinityTimeoutSeconds: 30,
    });
    const plain = simulationContextOf({ proxyMode: 'iptables' }, { sessionAffinity: 'None' });
    expect(plain).toEqual({ proxyMode: 'iptables', sessionAffinity: 'None' });
    expect('ipvsScheduler' in plain || 'sessionAffinityTimeoutSeconds' in plain).toBe(false);
  });
});
