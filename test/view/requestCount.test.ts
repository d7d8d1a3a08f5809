import { expect, it } from 'vitest';
import { MAX_REQUESTS, requestCount } from '../../src/view/requestCount';

it('reads a typed count without snapping a draft: empty is not yet a count, 20 is 20', () => {
  expect(requestCount('')).toBeNull();
  expect(requestCount('2')).toBe(2);
  expect(requestCount('20')).toBe(20);
  expect(requestCount(' 40 ')).toBe(40);
  expect(requestCount('0')).toBeNull();
  expect(requestCount('1.5')).toBeNull();
  expect(requestCount('-3')).toBeNull();
  expect(requestCount('999999')).toBe(MAX_REQUESTS);
});
