/**
 * Keeps the previous React Flow node object when a box did not change, so a new report
 * re-renders only the boxes it changed (nodes are memoised on their props).
 */
import { useState } from 'react';
import type { FlowNode } from './flowElements';

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
 * `next`, with every node equal to its predecessor of the same id replaced by that predecessor.
 *
 * @example
 * stableFlowNodes(new Map(before.map((n) => [n.id, n])), after)[0] === before[0]; // true when unchanged
 */
export function stableFlowNodes(previous: ReadonlyMap<string, FlowNode>, next: readonly FlowNode[]): FlowNode[] {
  return next.map((node) => {
    const old = previous.get(node.id);
    return old && sameData(old, node) ? old : node;
  });
}

/** The hook form: remembers the last nodes it returned (derived state, updated during render). */
export function useStableNodes(nodes: FlowNode[]): FlowNode[] {
  const [last, setLast] = useState(() => ({ input: nodes, output: nodes, byId: new Map(nodes.map((n) => [n.id, n])) }));
  if (last.input === nodes) return last.output;
  const output = stableFlowNodes(last.byId, nodes);
  setLast({ input: nodes, output, byId: new Map(output.map((n) => [n.id, n])) });
  return output;
}
