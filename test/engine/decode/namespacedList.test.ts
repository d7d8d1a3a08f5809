import { describe, expect, it } from 'vitest';
import { NamespacedList } from '../../../src/engine/decode/namespacedList';

describe('NamespacedList', () => {
  it('keeps first-seen order and replaces a same-named object in its place, like Map#set', () => {
    const list = new NamespacedList<string>();
    const map = new Map<string, string>();
    const entries: [string, string, string][] = [
      ['default', 'a', 'a1'],
      ['kube-system', 'a', 'ksa'],
      ['default', 'b', 'b1'],
      ['default', 'a', 'a2'],
      ['other', 'c', 'c1'],
      ['kube-system', 'a', 'ksa2'],
    ];
    const replaced = entries.map(([ns, name, value]) => {
      const had = map.has(`${ns}/${name}`);
      map.set(`${ns}/${name}`, value);
      expect(list.set(ns, name, value)).toBe(had);
      return had;
    });
    expect(replaced).toEqual([false, false, false, true, false, true]);
    expect(list.values()).toEqual([...map.values()]);
  });

  it('does not confuse a namespace/name split with one that spells the same joined key', () => {
    const list = new NamespacedList<number>();
    list.set('a', 'b/c', 1);
    expect(list.set('a/b', 'c', 2)).toBe(false);
    expect(list.values()).toEqual([1, 2]);
  });

  it('hands out a copy', () => {
    const list = new NamespacedList<number>();
    list.set('default', 'a', 1);
    list.values().push(2);
    expect(list.values()).toEqual([1]);
  });
});

describe('NamespacedList with names shared across namespaces', () => {
  it('agrees with a map keyed by namespace and name', () => {
    const list = new NamespacedList<number>();
    const map = new Map<string, number>();
    // Pseudo-random but fixed: names recur in up to four namespaces, often more than once.
    let x = 7;
    for (let i = 0; i < 500; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const ns = `ns-${x % 4}`;
      const name = `pod-${(x >> 8) % 40}`;
      expect(list.set(ns, name, i)).toBe(map.has(`${ns}/${name}`));
      map.set(`${ns}/${name}`, i);
    }
    expect(list.values()).toEqual([...map.values()]);
  });
});

describe('NamespacedList past its first table size', () => {
  it('finds every earlier object after growing, in its place', () => {
    const list = new NamespacedList<string>();
    for (let i = 0; i < 5000; i++) expect(list.set(`ns-${i % 7}`, `pod-${i}`, `v${i}`)).toBe(false);
    for (let i = 0; i < 5000; i += 3) expect(list.set(`ns-${i % 7}`, `pod-${i}`, `w${i}`)).toBe(true);
    expect(list.set('ns-0', 'pod-1', 'other namespace')).toBe(false);
    const values = list.values();
    expect(values).toHaveLength(5001);
    expect(values[0]).toBe('w0');
    expect(values[1]).toBe('v1');
    expect(values[4997]).toBe('v4997');
    expect(values[4998]).toBe('w4998');
    expect(values[5000]).toBe('other namespace');
  });
});
