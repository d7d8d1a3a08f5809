import { describe, expect, it } from 'vitest';
import type { ClientRoute, WeightedEndpoint } from '../../../src/engine/report';
import type { SimulationContext } from '../../../src/engine/routes/simulateRequests';
import { affinityLive, sendWithAffinity, type AffinityTable } from '../../../src/engine/simulation/affinityTable';

const endpoint = (pod: string, weight = 0.5): WeightedEndpoint => ({
  pod,
  ip: '10.0.0.1',
  port: 80,
  weight,
  locality: 'same-zone',
  ready: true,
  serving: true,
  terminating: false,
});
function route(fromIP: string, endpoints: WeightedEndpoint[], verdict: ClientRoute['verdict'] = 'forward'): ClientRoute {
  return {
    node: 'n',
    service: 'default/s',
    port: 80,
    protocol: 'TCP',
    traffic: 'internal',
    verdict,
    endpoints,
    trace: [],
    from: `default/${fromIP}`,
    fromIP,
  };
}
const both = [endpoint('default/a'), endpoint('default/b')];
const sticky: SimulationContext = { proxyMode: 'iptables', sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10 };
const only = (counts: Record<string, number>) => Object.keys(counts);

describe('sendWithAffinity', () => {
  it('sticks within the timeout and refreshes lastUsed on every send', () => {
    const r = route('10.0.0.9', both);
    for (let seed = 1; seed <= 10; seed++) {
      let { counts, table } = sendWithAffinity([], r, sticky, 5, 0, seed);
      expect(only(counts)).toHaveLength(1);
      const first = only(counts)[0]!;
      expect(table).toEqual([{ clientIP: '10.0.0.9', service: 'default/s', port: 80, endpoint: first, lastUsed: 0, timeoutSeconds: 10 }]);
      // 9 s, then 18 s: each within 10 s of the previous send, so the entry lives on.
      for (const t of [9, 18]) {
        ({ counts, table } = sendWithAffinity(table, r, sticky, 5, t, seed + t));
        expect(counts).toEqual({ [first]: 5 });
        expect(table[0]!.lastUsed).toBe(t);
      }
    }
  });

  it('expires at lastUsed + timeout and picks anew, by weight', () => {
    const r = route('10.0.0.9', both);
    const picks = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const start = sendWithAffinity([], r, sticky, 3, 0, seed).table;
      expect(affinityLive(start[0]!, 10)).toBe(true);
      expect(affinityLive(start[0]!, 10.1)).toBe(false);
      const later = sendWithAffinity(start, r, sticky, 3, 20, seed);
      expect(later.table).toHaveLength(1);
      expect(later.table[0]!.lastUsed).toBe(20);
      picks.add(`${start[0]!.endpoint}→${later.table[0]!.endpoint}`);
    }
    // Re-balanced: after expiry the new pick is not always the old endpoint.
    expect([...picks].some((p) => p === 'default/a→default/b' || p === 'default/b→default/a')).toBe(true);
    const heavy = route('10.0.0.9', [endpoint('default/a', 0), endpoint('default/b', 1)]);
    const stale: AffinityTable = [
      { clientIP: '10.0.0.9', service: 'default/s', port: 80, endpoint: 'default/a', lastUsed: 0, timeoutSeconds: 10 },
    ];
    expect(sendWithAffinity(stale, heavy, sticky, 4, 30, 1).counts).toEqual({ 'default/b': 4 });
  });

  it('re-picks when the endpoint left the route, even inside the timeout', () => {
    const stuck: AffinityTable = [
      { clientIP: '10.0.0.9', service: 'default/s', port: 80, endpoint: 'default/a', lastUsed: 0, timeoutSeconds: 10 },
    ];
    const out = sendWithAffinity(stuck, route('10.0.0.9', [endpoint('default/b', 1), endpoint('default/c', 0)]), sticky, 4, 2, 1);
    expect(out.counts).toEqual({ 'default/b': 4 });
    expect(out.table[0]!.endpoint).toBe('default/b');
  });

  it('keeps one entry per client IP and Service port', () => {
    let table: AffinityTable = [];
    const clients = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'];
    for (const ip of clients) table = sendWithAffinity(table, route(ip, both), sticky, 2, 0, 7).table;
    expect(table.map((e) => e.clientIP)).toEqual(clients);
    const before = new Map(table.map((e) => [e.clientIP, e.endpoint]));
    for (const ip of clients) {
      const out = sendWithAffinity(table, route(ip, both), sticky, 2, 5, 99);
      expect(out.counts).toEqual({ [before.get(ip)!]: 2 });
      table = out.table;
    }
    expect(table).toHaveLength(4);
    expect(new Set(table.map((e) => e.endpoint)).size).toBe(2);
  });

  it('leaves None and dropped routes unstuck', () => {
    const r = route('10.0.0.9', both);
    const stuck = sendWithAffinity([], r, sticky, 1, 0, 1).table;
    const none = sendWithAffinity(stuck, r, { proxyMode: 'iptables', sessionAffinity: 'None' }, 40, 1, 1);
    expect(none.table).toEqual([]);
    expect(only(none.counts).sort()).toEqual(['default/a', 'default/b']);
    const dropped = sendWithAffinity(stuck, route('10.0.0.9', [], 'drop'), sticky, 3, 1, 1);
    expect(dropped.counts).toEqual({ dropped: 3 });
  });

  it('on Windows (kernelspace) the entry never expires: HNS takes no timeout', () => {
    const windows: SimulationContext = { ...sticky, proxyMode: 'kernelspace' };
    const { counts, table } = sendWithAffinity([], route('10.0.0.9', both), windows, 1, 0, 1);
    expect(table[0]!.noTimeout).toBe(true);
    expect(affinityLive(table[0]!, 1_000_000)).toBe(true);
    const later = sendWithAffinity(table, route('10.0.0.9', both), windows, 4, 1_000_000, 2);
    expect(only(later.counts)).toEqual(only(counts));
    // iptables' entry of the same timeout has long expired by then.
    const linux = sendWithAffinity([], route('10.0.0.9', both), sticky, 1, 0, 1).table;
    expect(affinityLive(linux[0]!, 1_000_000)).toBe(false);
  });
});
