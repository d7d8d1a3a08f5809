import { describe, expect, it } from 'vitest';
import { destinationPick, sourcePick } from '../../../src/engine/dataplane/ipvs';
import { IPVS_SCHEDULERS } from '../../../src/engine/model';
import { clientAddresses, requestStream } from '../../../src/engine/simulation/requestStream';
import { compareDataPlanes, simulateTimeline } from '../../../src/engine/simulation/simulateTimeline';
import type { SimServer, SimulationOptions } from '../../../src/engine/simulation/types';

const servers: SimServer[] = ['a', 'b', 'c'].map((name, i) => ({ pod: `default/${name}`, ip: `10.244.0.${10 + i}`, port: 8080 }));
const base: SimulationOptions = {
  durationSeconds: 60,
  ratePerSecond: 5,
  connectionSeconds: 0,
  lifetime: 'fixed',
  clientIPs: ['10.244.1.2'],
  seed: 1,
  sessionAffinity: 'None',
  timeoutSeconds: 10800,
  destination: '10.96.0.10',
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('simulateTimeline: IPVS schedulers', () => {
  it('rr cycles through the real servers in order', () => {
    const run = simulateTimeline(servers, { mode: 'ipvs', scheduler: 'rr' }, base);
    const order = run.stints.map((s) => s.server);
    for (let i = 1; i < order.length; i++) expect(order[i]).toBe((order[i - 1]! + 1) % 3);
    expect(Math.max(...run.totals) - Math.min(...run.totals)).toBeLessThanOrEqual(1);
  });

  it('lc spreads long connections so open counts stay even, unlike iptables random on the same stream', () => {
    const options = { ...base, ratePerSecond: 10, connectionSeconds: 20, lifetime: 'fixed' as const };
    const [random, lc] = compareDataPlanes(servers, [{ mode: 'iptables' }, { mode: 'ipvs', scheduler: 'lc' }], options);
    const spread = (open: number[]) => Math.max(...open) - Math.min(...open);
    const lcWorst = Math.max(...lc!.buckets.map((b) => spread(b.openConnections)));
    const randomWorst = Math.max(...random!.buckets.map((b) => spread(b.openConnections)));
    expect(lcWorst).toBeLessThanOrEqual(1);
    expect(randomWorst).toBeGreaterThan(lcWorst);
    expect(sum(lc!.totals)).toBe(sum(random!.totals));
  });

  it('lc counts recently closed (inactive) connections, so short requests still rotate', () => {
    const run = simulateTimeline(servers, { mode: 'ipvs', scheduler: 'lc' }, { ...base, ratePerSecond: 1 });
    expect(Math.min(...run.totals)).toBeGreaterThan(0);
    expect(Math.max(...run.totals) - Math.min(...run.totals)).toBeLessThanOrEqual(1);
  });

  it('sed and nq only count active connections: an idle service keeps using the first server', () => {
    for (const scheduler of ['sed', 'nq'] as const) {
      const run = simulateTimeline(servers, { mode: 'ipvs', scheduler }, { ...base, ratePerSecond: 1 });
      expect(run.totals[0]).toBe(sum(run.totals));
    }
  });

  it('nq takes an idle server first once connections pile up', () => {
    const run = simulateTimeline(servers, { mode: 'ipvs', scheduler: 'nq' }, { ...base, ratePerSecond: 4, connectionSeconds: 5 });
    expect(run.totals.every((t) => t > 0)).toBe(true);
  });

  it('sh and mh pin each source address to one server; several addresses use several servers', () => {
    const clientIPs = clientAddresses('10.244.1.2', 12);
    for (const scheduler of ['sh', 'mh'] as const) {
      const run = simulateTimeline(servers, { mode: 'ipvs', scheduler }, { ...base, clientIPs });
      for (let c = 0; c < clientIPs.length; c++) {
        const mine = run.stints.filter((s) => s.client === c);
        expect(new Set(mine.map((s) => s.server)).size).toBeLessThanOrEqual(1);
        if (mine.length) expect(mine[0]!.server).toBe(sourcePick(clientIPs[c]!, 3));
      }
      expect(run.totals.filter((t) => t > 0).length).toBeGreaterThan(1);
    }
  });

  it('dh sends every client to the server the destination hashes to', () => {
    const run = simulateTimeline(servers, { mode: 'ipvs', scheduler: 'dh' }, { ...base, clientIPs: clientAddresses('10.244.1.2', 5) });
    expect(run.totals[destinationPick('10.96.0.10', 3)]).toBe(sum(run.totals));
  });

  it('lblc stays on one server under light load and moves when it is overloaded', () => {
    const light = simulateTimeline(servers, { mode: 'ipvs', scheduler: 'lblc' }, base);
    expect(light.totals.filter((t) => t > 0)).toHaveLength(1);
    const heavy = simulateTimeline(servers, { mode: 'ipvs', scheduler: 'lblc' }, { ...base, connectionSeconds: 3 });
    expect(heavy.totals.filter((t) => t > 0).length).toBeGreaterThan(1);
  });

  it('lblcr grows its server set under load and keeps one server under light load', () => {
    const light = simulateTimeline(servers, { mode: 'ipvs', scheduler: 'lblcr' }, base);
    expect(light.totals.filter((t) => t > 0)).toHaveLength(1);
    const heavy = simulateTimeline(servers, { mode: 'ipvs', scheduler: 'lblcr' }, { ...base, connectionSeconds: 3 });
    expect(heavy.totals.every((t) => t > 0)).toBe(true);
  });

  it('every scheduler accounts for every connection, in buckets and totals', () => {
    const stream = requestStream(base);
    for (const scheduler of IPVS_SCHEDULERS) {
      const run = simulateTimeline(servers, { mode: 'ipvs', scheduler }, base);
      expect(sum(run.totals)).toBe(stream.length);
      expect(sum(run.buckets.map((b) => sum(b.newConnections)))).toBe(stream.length);
    }
  });
});

describe('simulateTimeline: iptables and nftables', () => {
  it('picks at random, roughly evenly, the same way for the same seed', () => {
    const options = { ...base, ratePerSecond: 50 };
    const a = simulateTimeline(servers, { mode: 'iptables' }, options);
    expect(simulateTimeline(servers, { mode: 'iptables' }, options).totals).toEqual(a.totals);
    const total = sum(a.totals);
    for (const t of a.totals) expect(t / total).toBeGreaterThan(0.28);
    const b = simulateTimeline(servers, { mode: 'iptables' }, { ...options, seed: 2 });
    expect(b.totals).not.toEqual(a.totals);
  });

  it('no endpoints: nothing to pick, and says so', () => {
    const run = simulateTimeline([], { mode: 'nftables' }, base);
    expect(run.totals).toEqual([]);
    expect(run.summary[0]).toMatch(/no endpoints/);
  });
});

describe('simulateTimeline: sessionAffinity ClientIP', () => {
  const sticky = { ...base, sessionAffinity: 'ClientIP' as const, timeoutSeconds: 10, ratePerSecond: 2 };

  it('a client sticks to one endpoint while it keeps sending within the timeout', () => {
    for (const mode of ['iptables', 'nftables', 'ipvs'] as const) {
      const run = simulateTimeline(servers, { mode, scheduler: 'rr' }, sticky);
      expect(run.stints).toHaveLength(1);
      expect(run.totals.filter((t) => t > 0)).toHaveLength(1);
    }
  });

  it('after a pause longer than the timeout the affinity expires and the client re-balances', () => {
    const paused = { ...sticky, pause: { atSeconds: 20, seconds: 15 } };
    for (const mode of ['iptables', 'nftables', 'ipvs'] as const) {
      const run = simulateTimeline(servers, { mode, scheduler: 'rr' }, paused);
      const expired = run.stints.filter((s) => s.reason === 'affinity-expired');
      expect(expired).toHaveLength(1);
      expect(expired[0]!.from).toBeGreaterThanOrEqual(35);
      expect(run.summary.join(' ')).toMatch(/re-balanced 1 time/);
    }
  });

  it('Windows HNS source-IP affinity has no timeout: a pause longer than timeoutSeconds keeps the endpoint', () => {
    const run = simulateTimeline(servers, { mode: 'kernelspace' }, { ...sticky, pause: { atSeconds: 20, seconds: 15 } });
    expect(run.stints).toHaveLength(1);
    expect(run.summary.join(' ')).toContain('HNS takes no timeout, so each client address keeps its endpoint for the whole run');
  });

  it('a pause shorter than the timeout keeps the endpoint', () => {
    const run = simulateTimeline(servers, { mode: 'iptables' }, { ...sticky, pause: { atSeconds: 20, seconds: 8 } });
    expect(run.stints).toHaveLength(1);
  });

  it('IPVS persistence outlives the timeout while a connection it controls is open; iptables does not wait', () => {
    const options = { ...sticky, connectionSeconds: 30, pause: { atSeconds: 20, seconds: 15 } };
    const [iptables, ipvs] = compareDataPlanes(servers, [{ mode: 'iptables' }, { mode: 'ipvs', scheduler: 'rr' }], options);
    expect(iptables!.stints.filter((s) => s.reason === 'affinity-expired')).toHaveLength(1);
    expect(ipvs!.stints.filter((s) => s.reason === 'affinity-expired')).toHaveLength(0);
  });

  it('several client addresses behind one pod each get their own endpoint', () => {
    const run = simulateTimeline(
      servers,
      { mode: 'iptables' },
      { ...sticky, ratePerSecond: 12, clientIPs: clientAddresses('10.244.1.2', 6), seed: 4 },
    );
    for (let c = 0; c < 6; c++) expect(run.stints.filter((s) => s.client === c)).toHaveLength(1);
    expect(run.totals.filter((t) => t > 0).length).toBeGreaterThan(1);
  });
});

describe('requestStream', () => {
  it('is seeded, follows the rate and keeps the pause quiet', () => {
    const options = { ...base, ratePerSecond: 10, pause: { atSeconds: 10, seconds: 20 } };
    const stream = requestStream(options);
    expect(requestStream(options)).toEqual(stream);
    expect(stream.some((a) => a.at >= 10 && a.at < 30)).toBe(false);
    expect(stream.length).toBeGreaterThan(300);
    expect(stream.length).toBeLessThan(500);
  });

  it('clientAddresses counts up from the pod address', () => {
    expect(clientAddresses('10.244.1.254', 3)).toEqual(['10.244.1.254', '10.244.1.255', '10.244.2.0']);
    expect(clientAddresses('fd00::a', 2)).toEqual(['fd00::a', 'fd00::b']);
  });
});
