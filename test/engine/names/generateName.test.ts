import { describe, expect, it } from 'vitest';
import { SAFE_ALPHABET, generateName, randomSuffix } from '../../../src/engine/names/generateName';

describe('randomSuffix', () => {
  it('writes the value’s five lowest base-27 digits, lowest first, in the safe alphabet', () => {
    expect(randomSuffix(0)).toBe('bbbbb');
    expect(randomSuffix(1)).toBe('cbbbb');
    expect(randomSuffix(27 * 26)).toBe('b9bbb');
    expect(randomSuffix(27 ** 5 - 1)).toBe('99999');
    expect(randomSuffix(27 ** 5)).toBe('bbbbb');
    expect(randomSuffix(0xffffffff)).toMatch(new RegExp(`^[${SAFE_ALPHABET}]{5}$`));
  });

  it('takes each next character from the value `next` gives', () => {
    const seen: number[] = [];
    const suffix = randomSuffix(3, (value) => (seen.push(value), value + 1));
    expect(suffix).toBe('fghjk');
    expect(seen).toEqual([3, 4, 5, 6, 7]);
  });
});

describe('generateName', () => {
  it('cuts the base to 58 characters and appends the first attempt’s suffix', () => {
    expect(generateName('echo-', () => 'abcde', new Set())).toBe('echo-abcde');
    const name = generateName('x'.repeat(70), () => 'abcde', new Set());
    expect(name).toBe(`${'x'.repeat(58)}abcde`);
    expect(name).toHaveLength(63);
  });

  it('tries attempts 0, 1, 2, … until a name is free, and adds that one to taken', () => {
    const taken = new Set(['web-0', 'web-1']);
    const attempts: number[] = [];
    expect(generateName('web-', (attempt) => (attempts.push(attempt), String(attempt)), taken)).toBe('web-2');
    expect(attempts).toEqual([0, 1, 2]);
    expect([...taken]).toEqual(['web-0', 'web-1', 'web-2']);
  });

  it('looks names up in taken by keyOf', () => {
    const taken = new Set(['default/web-0']);
    expect(generateName('web-', String, taken, (name) => `other/${name}`)).toBe('web-0');
    expect(generateName('web-', String, taken, (name) => `default/${name}`)).toBe('web-1');
    expect([...taken]).toEqual(['default/web-0', 'other/web-0', 'default/web-1']);
  });
});
