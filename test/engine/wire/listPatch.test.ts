import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyListPatch, diffList } from '../../../src/engine/wire/listPatch';

describe('diffList and applyListPatch', () => {
  it('rebuild the new list from the previous one, whatever was inserted, removed or moved', () => {
    const pool = Array.from({ length: 40 }, (_, i) => ({ i }));
    const listArb = fc.array(fc.nat(39), { maxLength: 60 }).map((picks) => picks.map((p) => pool[p]!));
    fc.assert(
      fc.property(
        listArb,
        fc.array(fc.record({ at: fc.nat(60), fresh: fc.boolean(), drop: fc.boolean() }), { maxLength: 8 }),
        (previous, edits) => {
          const next = previous.slice();
          for (const edit of edits) {
            const at = next.length ? edit.at % next.length : 0;
            if (edit.drop && next.length) next.splice(at, 1);
            else next.splice(at, 0, edit.fresh ? { i: -1 } : pool[edit.at % pool.length]!);
          }
          const patch = diffList(previous, next);
          if (!patch) return;
          const rebuilt = applyListPatch(previous, patch);
          expect(rebuilt).toEqual(next);
          // The same objects, not copies: the page keeps what it already holds.
          rebuilt.forEach((item, i) => expect(item).toBe(next[i]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sends one pod more as two runs and the pod', () => {
    const pods = Array.from({ length: 30_000 }, (_, i) => ({ name: `pod-${i}` }));
    const fresh = { name: 'echo-new' };
    const next = [...pods.slice(0, 10), fresh, ...pods.slice(10)];
    const patch = diffList(pods, next)!;
    expect(Array.from(patch.runs)).toEqual([0, 10, -1, 1, 10, 29_990]);
    expect(patch.items).toEqual([fresh]);
  });

  it('sends nothing as a patch when the lists share less than half', () => {
    expect(diffList([{ a: 1 }], [{ a: 1 }])).toBeUndefined();
  });
});
