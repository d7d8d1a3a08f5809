import { describe, expect, it } from 'vitest';
import { deriveSeed, hashString, mulberry32 } from '../../src/engine/random';

describe('hashString', () => {
  it('is FNV-1a over UTF-16 code units', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('continues a hash given as seed: the hash of the strings joined', () => {
    for (const [a, b] of [
      ['ns-1', 'web-0'],
      ['', 'x'],
      ['default/', ''],
      ['é', '→'],
    ]) {
      expect(hashString(b!, hashString(a!))).toBe(hashString(a! + b!));
    }
  });
});

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and name', () => {
    const a = mulberry32(deriveSeed(1, 'client→svc:80'));
    const b = mulberry32(deriveSeed(1, 'client→svc:80'));
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(deriveSeed(1, 'client→svc:80')).not.toBe(deriveSeed(2, 'client→svc:80'));
  });
});
