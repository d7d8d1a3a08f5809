/** JSON documents read by JSON.parse, and the repeated keys that send them to the YAML parser instead. */
import { describe, expect, it } from 'vitest';
import { jsonDocumentValue } from '../../../src/engine/parse/jsonValue';

const repeats = (text: string) => jsonDocumentValue(text) === undefined;

describe('jsonDocumentValue', () => {
  it('reads JSON, after an optional --- line, and nothing else', () => {
    expect(jsonDocumentValue('---\n{"kind": "Pod"}\n')?.value).toEqual({ kind: 'Pod' });
    expect(jsonDocumentValue('[1, {"a": 2}]')?.value).toEqual([1, { a: 2 }]);
    expect(jsonDocumentValue('kind: Pod\n')).toBeUndefined();
    expect(jsonDocumentValue('{"kind": }')).toBeUndefined();
  });

  it('refuses a key repeated in one object, at any depth, and only there', () => {
    expect(repeats('{"a": 1, "a": 2}')).toBe(true);
    expect(repeats('{"items": [{"kind": "Pod", "metadata": {"name": "x", "labels": {"k": "1", "k": "2"}}}]}')).toBe(true);
    expect(repeats('{"items": [{"name": "x"}, {"name": "y"}], "name": "z"}')).toBe(false);
    // Siblings at one depth: each object's keys are its own.
    expect(repeats('[{"a": 1, "b": {}}, {"a": 2, "b": []}, {"b": {"a": 1}}]')).toBe(false);
    // The same length, different text; a key that is another's prefix; a key equal to a value.
    expect(repeats('{"ab": 1, "ba": 2, "a": "ab", "abc": 3}')).toBe(false);
    // Keys compare as written (YAML reads the escape as the same key, but JSON.parse would keep one silently only for equal text).
    expect(repeats('{"a\\"b": 1, "a\\"b": 2}')).toBe(true);
    expect(repeats('{"\\u0061": 1, "b": {"\\u0061": 1}}')).toBe(false);
    // A closed object's keys do not carry over to the next one at its depth.
    expect(repeats('{"x": {"a": 1, "b": 2}, "y": {"b": 3}}')).toBe(false);
  });

  it('finds a repeat among many keys (past the scanned ones) as among few', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`);
    expect(repeats(`{${keys.join(', ')}}`)).toBe(false);
    expect(repeats(`{${[...keys, '"k3": 0'].join(', ')}}`)).toBe(true);
    expect(repeats(`{${[...keys.slice(0, 16), '"k15": 0'].join(', ')}}`)).toBe(true);
    expect(repeats(`{${[...keys.slice(0, 16), '"k16": 0', '"k0": 1'].join(', ')}}`)).toBe(true);
    expect(repeats(`[{${keys.join(', ')}}, {"k1": 1, "k2": 2}]`)).toBe(false);
  });
});
