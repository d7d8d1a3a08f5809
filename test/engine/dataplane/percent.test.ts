import { expect, test } from 'vitest';
import { formatShare, percent } from '../../../src/engine/dataplane/percent';

test.each([
  [1, '100%'],
  [0.5, '50%'],
  [1 / 3, '33.3%'],
  [2 / 3, '66.7%'],
  [0.25, '25%'],
  [0, '0%'],
])('share %d prints as %s', (weight, text) => {
  expect(formatShare(weight)).toBe(text);
});

test('percent keeps whole values bare and others to one decimal', () => {
  expect([1, 0.5, 1 / 3].map(percent)).toEqual(['100%', '50%', '33.3%']);
});
