import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { fastDocumentValue } from '../../../src/engine/parse/fastDocument';

/** What the full parse gives for the same text (the reading the fast one must equal). */
function fullValue(text: string): unknown {
  return parse(text, { uniqueKeys: true });
}

describe('fastDocumentValue', () => {
  it('reads a Kubernetes object as the full parse does', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      '  annotations:',
      '    note: |',
      '      two',
      '      lines',
      '    folded: >-',
      '      one',
      '      line',
      'spec:',
      '  ports: [{port: 80, targetPort: "8080"}]',
      '  selector: {app: web}',
      '  sessionAffinityConfig: {clientIP: {timeoutSeconds: 0x10}}',
      '  clusterIP: ~',
      '  publishNotReadyAddresses: true',
      "  x: [1.5e3, .inf, -.Inf, .nan, 0o17, 017, \"\\u00e9\", 'it''s', null, Null, yes, on]",
      '',
    ].join('\n');
    expect(fastDocumentValue(text)!.value).toEqual(fullValue(text));
  });

  it('leaves to the full parse the scalars the two readings resolve differently', () => {
    for (const scalar of ['-.5', '+.25', '0b101', '+0x1F', '-0o7', '1e400', '8E665']) {
      expect(fastDocumentValue(`v: ${scalar}\n`), scalar).toBeUndefined();
      expect(fastDocumentValue(`v: [a, ${scalar}]\n`), scalar).toBeUndefined();
    }
    // The same characters inside a longer word or a quoted string read the same either way.
    expect(fastDocumentValue('image: app@sha256:3e123abc\nv: "-.5"\n')!.value).toEqual({ image: 'app@sha256:3e123abc', v: '-.5' });
  });

  it('leaves anchors, aliases, tags, complex keys and directives to the full parse', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '? [a]\n: 1\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n...\n']) {
      expect(fastDocumentValue(text), text).toBeUndefined();
    }
  });

  it('leaves errors to the full parse, which words them', () => {
    expect(fastDocumentValue('a: 1\na: 2\n')).toBeUndefined();
    expect(fastDocumentValue('a: [1\n')).toBeUndefined();
    expect(fastDocumentValue('{"a": 1, "a": 2}')).toBeUndefined();
    expect(fastDocumentValue('{"a": {"b": 1}, "c": {"b": 2}}')!.value).toEqual({ a: { b: 1 }, c: { b: 2 } });
  });

  it('reads JSON with JSON.parse and keeps __proto__ an ordinary key', () => {
    const json = fastDocumentValue('{"kind": "Pod", "__proto__": {"polluted": true}}')!.value as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['kind', '__proto__']);
    const yaml = fastDocumentValue('kind: Pod\n__proto__:\n  polluted: true\n')!.value as Record<string, unknown>;
    expect(Object.keys(yaml)).toEqual(['kind', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('equals the full parse on any plain scalar it accepts', () => {
    // Number-like words built from the pieces YAML's number forms are made of, and noise around them.
    const piece = fc.constantFrom(
      '',
      '+',
      '-',
      '0',
      '1',
      '9',
      '.',
      '.5',
      '0x',
      '0o',
      '0b',
      '1F',
      '7',
      'e',
      'E',
      'e+',
      '400',
      '_',
      ':',
      'inf',
      'Inf',
      'nan',
      '~',
    );
    const scalar = fc
      .array(piece, { minLength: 1, maxLength: 5 })
      .map((parts) => parts.join(''))
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(scalar, (s) => {
        const text = `v: ${s}\nw: [${s}]\n`;
        let full: unknown;
        try {
          full = fullValue(text);
        } catch {
          return; // an error: the full parse reads it
        }
        const fast = fastDocumentValue(text);
        if (fast) expect(fast.value).toEqual(full);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('equals the full parse on generated objects written as YAML', () => {
    const key = fc.stringMatching(/^[a-zA-Z][\w./-]{0,12}$/);
    const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), (object) => {
        for (const text of [JSON.stringify(object), stringify(object)]) {
          const fast = fastDocumentValue(text);
          if (fast) expect(fast.value).toEqual(fullValue(text));
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
