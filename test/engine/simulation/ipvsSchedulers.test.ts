import { describe, expect, it } from 'vitest';
import { destinationPick } from '../../../src/engine/dataplane/ipvs';
import { ConnectionTable } from '../../../src/engine/simulation/connectionTable';
import { ipvsScheduler } from '../../../src/engine/simulation/ipvsSchedulers';

// ip_vs_lblc.c is_overloaded with every weight 1: the server the VIP sticks to is overloaded when it
// has more than 1 active connection (its weight) and some other server has fewer than half its
// weight, i.e. 0 active connections.
describe('ipvsScheduler lblc: the overload rule', () => {
  const destination = '10.96.0.10';
  const n = 3;
  const first = destinationPick(destination, n);
  const ctx = (table: ConnectionTable) => ({ source: '10.244.1.2', destination, now: 0, table });

  it('stays on its server with one active connection, and while no other server is idle', () => {
    const table = new ConnectionTable(n);
    const pick = ipvsScheduler('lblc', n);
    expect(pick(ctx(table))).toBe(first);
    table.open(first, 100);
    // One active connection is not more than the weight: not overloaded.
    expect(pick(ctx(table))).toBe(first);
    table.open(first, 100);
    // Two active, but every other server busy too: nobody is less loaded, so it stays.
    for (let s = 0; s < n; s++) if (s !== first) table.open(s, 100);
    expect(pick(ctx(table))).toBe(first);
  });

  it('moves to the least-connection server when its server has 2 active connections and another is idle', () => {
    const table = new ConnectionTable(n);
    const pick = ipvsScheduler('lblc', n);
    expect(pick(ctx(table))).toBe(first);
    table.open(first, 100);
    table.open(first, 100);
    const moved = pick(ctx(table));
    expect(moved).not.toBe(first);
    expect(table.active[moved]).toBe(0);
    // The VIP now sticks to the new server.
    table.open(moved, 100);
    expect(pick(ctx(table))).toBe(moved);
  });
});
