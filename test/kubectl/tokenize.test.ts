import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/kubectl/tokenize';

const words = (line: string) => {
  const result = tokenize(line);
  return result.ok ? result.tokens.map((t) => t.text) : result.error;
};

describe('tokenize', () => {
  test.each([
    ['', []],
    ['   ', []],
    ['kubectl get pods', ['kubectl', 'get', 'pods']],
    ['  kubectl\tget   pods  ', ['kubectl', 'get', 'pods']],
    [`-p '{"spec":{"type":"NodePort"}}'`, ['-p', '{"spec":{"type":"NodePort"}}']],
    [`-p "{\\"a\\":1}"`, ['-p', '{"a":1}']],
    [`"two words"`, ['two words']],
    [`a'b c'd`, ['ab cd']],
    [`a\\ b`, ['a b']],
    [`"keep \\n as is"`, ['keep \\n as is']],
    [`'single \\ stays'`, ['single \\ stays']],
    [`--replicas=3`, ['--replicas=3']],
    [`''`, ['']],
  ])('%s', (line, expected) => {
    expect(words(line)).toEqual(expected);
  });

  test.each([
    [`-p '{"a":1}`, /' at column 4 is never closed/],
    [`echo "open`, /" at column 6 is never closed/],
    [`trailing \\`, /lone backslash/],
  ])('bad input %s', (line, error) => {
    expect(words(line)).toMatch(error);
  });

  test('tokens remember where they are', () => {
    const result = tokenize(`kubectl  get 'a b'`);
    expect(result.ok && result.tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 7],
      [9, 12],
      [13, 18],
    ]);
  });
});
