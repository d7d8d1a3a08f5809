/** The order objects were written in, across files: pods and Deployments interleaved as the user wrote them. */
import type { SourceRef } from '../diagnostics';

interface Sourced {
  source: SourceRef;
}

/**
 * Ranks files in the order they were given. Each list of objects (nodes, pods, ...) is in input
 * order, so every list shows a part of the file order; the lists are merged (a topological sort
 * whose ties go to the file seen first).
 *
 * @example
 * fileRanks([cluster.pods, cluster.deployments]).get('client.yaml'); // 0
 */
export function fileRanks(lists: readonly (readonly Sourced[])[]): Map<string, number> {
  const seen: string[] = [];
  const firstSeen = new Map<string, number>();
  const after = new Map<string, Set<string>>();
  const indegree = new Map<string, number>();
  for (const list of lists) {
    let previous: string | undefined;
    for (let i = 0; i < list.length; i++) {
      const file = list[i]!.source.file;
      if (file === previous) continue;
      if (!firstSeen.has(file)) {
        firstSeen.set(file, seen.length);
        seen.push(file);
        indegree.set(file, 0);
        after.set(file, new Set());
      }
      if (previous !== undefined && !after.get(previous)!.has(file)) {
        after.get(previous)!.add(file);
        indegree.set(file, indegree.get(file)! + 1);
      }
      previous = file;
    }
  }
  const ranks = new Map<string, number>();
  while (ranks.size < seen.length) {
    // A cycle (objects of one file split by another) falls back to the first file not yet ranked.
    const next = seen.find((file) => !ranks.has(file) && indegree.get(file) === 0) ?? seen.find((file) => !ranks.has(file))!;
    ranks.set(next, ranks.size);
    for (const later of after.get(next)!) indegree.set(later, indegree.get(later)! - 1);
  }
  return ranks;
}

/**
 * Interleaves pods and Deployments by where they were written: an entry `i >= 0` is `pods[i]`,
 * an entry `-(d + 1)` is `deployments[d]`. At equal positions (objects without lines) pods come first.
 *
 * @example
 * interleave(pods, deployments, fileRanks([pods, deployments])); // Int32Array [0, -1, 1]
 */
export function interleave(pods: readonly Sourced[], deployments: readonly Sourced[], ranks: ReadonlyMap<string, number>): Int32Array {
  const order = new Int32Array(pods.length + deployments.length);
  let p = 0;
  let d = 0;
  for (let k = 0; k < order.length; k++) {
    const takeDeployment =
      d < deployments.length && (p >= pods.length || comparePosition(deployments[d]!.source, pods[p]!.source, ranks) < 0);
    order[k] = takeDeployment ? -(d++ + 1) : p++;
  }
  return order;
}

function comparePosition(a: SourceRef, b: SourceRef, ranks: ReadonlyMap<string, number>): number {
  if (a.file !== b.file) return (ranks.get(a.file) ?? 0) - (ranks.get(b.file) ?? 0);
  if (a.order !== undefined && b.order !== undefined) return a.order - b.order;
  return a.range.line - b.range.line || a.range.column - b.range.column;
}
