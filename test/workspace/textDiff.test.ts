import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalReplacement } from '../../src/workspace/textDiff';

describe('minimalReplacement', () => {
  it('replaces only the changed middle', () => {
    expect(minimalReplacement('spec:\n  a: 1\n', 'spec:\n  a: 2\n')).toEqual({ start: 11, end: 12, text: '2' });
    expect(minimalReplacement('abc', 'abc')).toBeNull();
  });

  it('applying the replacement always gives the new text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const r = minimalReplacement(before, after);
        const result = r ? before.slice(0, r.start) + r.text + before.slice(r.end) : before;
        expect(result).toBe(after);
      }),
    );
  });
});
