import { describe, expect, it } from 'vitest';
import { SAFE_ALPHABET } from '../../../src/engine/names/generateName';
import { fnv32a, mixedHash, safeEncodeString } from '../../../src/engine/scheduler/hash';

describe('fnv32a', () => {
  // Reference values of Go's hash/fnv New32a.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j like hash/fnv', (text, expected) => {
    expect(fnv32a(text)).toBe(expected);
  });

  it('hashes UTF-8 bytes, not UTF-16 code units', () => {
    // "é" is C3 A9 in UTF-8; hashing those two bytes by hand must agree.
    let h = 0x811c9dc5;
    for (const byte of [0xc3, 0xa9]) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
    expect(fnv32a('é')).toBe(h);
  });
});

describe('safeEncodeString', () => {
  it('maps each byte to the alphabet modulo 27, as rand.SafeEncodeString does', () => {
    expect(safeEncodeString('1234567890')).toBe('56789bcdf4');
    expect(safeEncodeString('a')).toBe(SAFE_ALPHABET[97 % 27]);
  });
});

describe('mixedHash', () => {
  it('repeats for the same key and counter and differs otherwise', () => {
    expect(mixedHash('default/echo', 3)).toBe(mixedHash('default/echo', 3));
    expect(mixedHash('default/echo', 3)).not.toBe(mixedHash('default/echo', 4));
    expect(mixedHash('default/echo', 3)).not.toBe(mixedHash('default/web', 3));
  });
});
