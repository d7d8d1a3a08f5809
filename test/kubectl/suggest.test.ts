import { expect, test } from 'vitest';
import { closest, editDistance } from '../../src/kubectl/suggest';

test.each([
  ['get', 'get', 0],
  ['gte', 'get', 1],
  ['drian', 'drain', 1],
  ['', 'abc', 3],
  ['kitten', 'sitting', 3],
])('editDistance(%s, %s) = %i', (a, b, d) => {
  expect(editDistance(a, b)).toBe(d);
});

test.each([
  ['gte', ['get', 'describe'], 'get'],
  ['podz', ['pods', 'nodes'], 'pods'],
  ['foo', ['no', 'po', 'svc'], undefined],
  ['descr', ['describe', 'delete'], 'describe'],
  ['xyzzy', ['get'], undefined],
])('closest(%s)', (word, candidates, expected) => {
  expect(closest(word, candidates)).toBe(expected);
});
