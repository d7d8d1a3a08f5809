/**
 * A list of the report posted against the same list of the report posted before it: the runs of
 * items it shares with that one (the same objects: an incremental analysis keeps every pod,
 * Service and EndpointSlice it did not redo) travel as their place in it, the rest as they are.
 * After one replica more, 30,000 pods cross as two runs and one pod.
 */

/** Runs of the new list, in order: `[start, length]` copied from the previous list, or `[-1, length]` taken from `items`. */
export interface ListPatch<T> {
  runs: Int32Array;
  items: T[];
}

/** Items of the previous list looked for by position this far ahead before a map of all of them is made. */
const LOOKAHEAD = 8;

/**
 * The patch that turns `previous` into `next`, or undefined when they share too little for one to pay.
 *
 * @example
 * diffList([a, b, c], [a, b, x, c]); // { runs: Int32Array [0, 2, -1, 1, 2, 1], items: [x] }
 */
export function diffList<T>(previous: readonly T[], next: readonly T[]): ListPatch<T> | undefined {
  const runs: number[] = [];
  const items: T[] = [];
  let at: Map<T, number> | undefined;
  let cursor = 0;
  let shared = 0;
  const push = (start: number) => {
    const last = runs.length - 2;
    const extends_ = last >= 0 && (start < 0 ? runs[last] === -1 : runs[last]! >= 0 && runs[last]! + runs[last + 1]! === start);
    if (extends_) runs[last + 1]!++;
    else runs.push(start, 1);
  };
  for (let j = 0; j < next.length; j++) {
    const item = next[j]!;
    let k = -1;
    for (let ahead = cursor; ahead < Math.min(previous.length, cursor + LOOKAHEAD); ahead++)
      if (previous[ahead] === item) {
        k = ahead;
        break;
      }
    if (k < 0 && typeof item === 'object' && item !== null && cursor < previous.length) {
      if (!at) {
        at = new Map();
        for (let i = previous.length - 1; i >= 0; i--) at.set(previous[i]!, i);
      }
      k = at.get(item) ?? -1;
    }
    if (k < 0) {
      items.push(item);
      push(-1);
      continue;
    }
    shared++;
    push(k);
    cursor = k + 1;
  }
  if (shared === 0 || shared < next.length / 2) return undefined;
  return { runs: Int32Array.from(runs), items };
}

/**
 * The list a patch describes, from the previous list it was made against.
 *
 * @example
 * applyListPatch([a, b, c], { runs: Int32Array.of(0, 2, -1, 1, 2, 1), items: [x] }); // [a, b, x, c]
 */
export function applyListPatch<T>(previous: readonly T[], patch: ListPatch<T>): T[] {
  const out: T[] = [];
  let taken = 0;
  for (let r = 0; r < patch.runs.length; r += 2) {
    const start = patch.runs[r]!;
    const length = patch.runs[r + 1]!;
    if (start < 0) for (let i = 0; i < length; i++) out.push(patch.items[taken++]!);
    else for (let i = start; i < start + length; i++) out.push(previous[i]!);
  }
  return out;
}
