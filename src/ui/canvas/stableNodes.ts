/**
 * Keeps the previous React Flow node (or edge) object when a box or route did not change, so a
 * new report re-renders only what it changed (nodes and edges are memoised on their props).
 */
import { useState } from 'react';

/** Equality of JSON-like data (plain objects, arrays, primitives). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * `next`, with every node (or edge) equal to its predecessor of the same id replaced by that
 * predecessor.
 *
 * @example
 * stableFlowNodes(new Map(before.map((n) => [n.id, n])), after)[0] === before[0]; // true when unchanged
 */
export function stableFlowNodes<T extends { id: string }>(previous: ReadonlyMap<string, T>, next: readonly T[]): T[] {
  return next.map((node) => {
    const old = previous.get(node.id);
    return old && sameData(old, node) ? old : node;
  });
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * The hook form: remembers the last items it returned (derived state, updated during render).
 * When nothing changed it returns the previous array itself, so React Flow skips its diff.
 */
export function useStableNodes<T extends { id: string }>(nodes: T[]): T[] {
  const [last, setLast] = useState(() => ({ input: nodes, output: nodes, byId: new Map(nodes.map((n) => [n.id, n])) }));
  if (last.input === nodes) return last.output;
  const stable = stableFlowNodes(last.byId, nodes);
  const output = sameItems(stable, last.output) ? last.output : stable;
  setLast({ input: nodes, output, byId: new Map(output.map((n) => [n.id, n])) });
  return output;
}

/** Route edges kept across reports the same way: an unchanged route keeps its edge object. */
export const useStableEdges = useStableNodes;

/**
 * The previous Set while `set` holds the same members: hovering another rule of the same route
 * gives a new Set of reached boxes, and the boxes' memo keyed on it need not run again.
 */
export function useStableSet<T>(set: ReadonlySet<T>): ReadonlySet<T> {
  const [last, setLast] = useState(set);
  if (last === set || (last.size === set.size && [...set].every((item) => last.has(item)))) return last;
  setLast(set);
  return set;
}
