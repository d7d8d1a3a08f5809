import { describe, expect, it } from 'vitest';
import { parseMilli } from '../../../src/engine/decode/quantity';

describe('parseMilli', () => {
  it.each([
    ['2', 2000],
    ['1500m', 1500],
    ['0.5', 500],
    ['1.2345', 1235],
    ['100u', 1],
    ['2k', 2_000_000],
    ['1e3', 1_000_000],
    ['1Ki', 1_024_000],
    [4, 4000],
    [0.25, 250],
  ] as const)('%s → %i', (input, milli) => {
    expect(parseMilli(input)).toBe(milli);
  });

  it.each(['', 'abc', '1x', ' 2', '.', '1e'])('rejects %j', (input) => {
    expect(parseMilli(input)).toBeUndefined();
  });
});
