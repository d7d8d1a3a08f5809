/**
 * The Score phase for one placement: TaintToleration ×3, PodTopologySpread ×2 and NodeResourcesFit
 * (least allocated) ×1, each normalised over the candidates as upstream does, then the best
 * candidate. The scheduler breaks ties at random; we take fewer pods, then the smaller name.
 */
import type { ClusterSnapshot } from './clusterSnapshot';
import type { SoftSpread } from './softSpread';
import type { StaticFilterResult } from './staticFilters';

/** Default plugin weights (pkg/scheduler/apis/config/v1 default_plugins.go). */
const WEIGHT_TAINT_TOLERATION = 3;
const WEIGHT_POD_TOPOLOGY_SPREAD = 2;
const WEIGHT_NODE_RESOURCES_FIT = 1;
const MAX_NODE_SCORE = 100;
/** schedutil.DefaultMilliCPURequest: what a pod without requests counts for in scoring. */
const DEFAULT_MILLI_CPU_REQUEST = 100;

/**
 * Index into `candidates` of the best node. `ranks[k]` orders candidates of equal score and pod
 * count (the smaller wins); `raw` is scratch space of one slot per candidate.
 *
 * @example
 * const k = bestCandidate(snapshot, feasible, ranks, filters, soft, raw);
 */
export function bestCandidate(
  snapshot: ClusterSnapshot,
  candidates: readonly number[],
  ranks: ArrayLike<number>,
  filters: StaticFilterResult,
  soft: SoftSpread,
  raw: Float64Array,
): number {
  let spreadMin = Number.MAX_SAFE_INTEGER;
  let spreadMax = 0;
  let taintMax = 0;
  const taints = filters.preferNoScheduleTaints;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    if (taints[i]! > taintMax) taintMax = taints[i]!;
    if (!soft.active) continue;
    const s = soft.rawScore(i);
    raw[k] = s;
    if (s < 0) continue;
    if (s < spreadMin) spreadMin = s;
    if (s > spreadMax) spreadMax = s;
  }
  const podCount = snapshot.podCount;
  let best = -1;
  let bestScore = -1;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    // TaintToleration: DefaultNormalizeScore(100, reverse).
    const taint = taintMax === 0 ? MAX_NODE_SCORE : MAX_NODE_SCORE - Math.floor((MAX_NODE_SCORE * taints[i]!) / taintMax);
    let spread = 0;
    if (soft.active && raw[k]! >= 0) {
      // PodTopologySpread NormalizeScore: fewer matching pods, higher score.
      spread = spreadMax === 0 ? MAX_NODE_SCORE : Math.floor((MAX_NODE_SCORE * (spreadMax + spreadMin - raw[k]!)) / spreadMax);
    }
    const score =
      WEIGHT_TAINT_TOLERATION * taint + WEIGHT_POD_TOPOLOGY_SPREAD * spread + WEIGHT_NODE_RESOURCES_FIT * leastAllocated(snapshot, i);
    if (best < 0 || score > bestScore) {
      best = k;
      bestScore = score;
      continue;
    }
    if (score < bestScore) continue;
    const j = candidates[best]!;
    if (podCount[i]! < podCount[j]! || (podCount[i] === podCount[j] && ranks[k]! < ranks[best]!)) best = k;
  }
  return best;
}

/**
 * NodeResourcesFit LeastAllocated on CPU: pods without requests count the scheduler's default
 * 100m each, so this prefers the node with the fewest pods for its allocatable CPU. Memory is not
 * modelled (upstream averages CPU and memory).
 *
 * @example
 * leastAllocated(snapshot, i); // 97 for an empty 4-CPU node: (4000 - 100) * 100 / 4000, rounded down
 */
export function leastAllocated(snapshot: ClusterSnapshot, i: number): number {
  const capacity = snapshot.nodes[i]!.allocatableCpuMilli;
  const requested = (snapshot.podCount[i]! + 1) * DEFAULT_MILLI_CPU_REQUEST;
  if (capacity <= 0 || requested > capacity) return 0;
  return Math.floor(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}
