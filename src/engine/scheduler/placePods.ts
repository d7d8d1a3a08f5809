/**
 * One scheduling run: `count` identical pods (a Deployment's new replicas, or one bare Pod) placed
 * one after another, each seeing the ones before it, as the scheduler's queue would place them.
 */
import type { PodSpecTemplate } from '../model';
import type { KubeVersion } from '../version';
import type { ClusterSnapshot, PlacedPod } from './clusterSnapshot';
import { ERR_REASON_SPREAD, ERR_REASON_SPREAD_LABEL, fitErrorMessage, type FilterStatus } from './fitError';
import { hardConstraints } from './hardSpread';
import { SoftSpread } from './softSpread';
import type { SpreadSubject } from './spreadSubject';
import type { StaticFilterResult } from './staticFilters';

export interface PlacementRun extends SpreadSubject {
  template: PodSpecTemplate;
  /** How every placed pod of the run enters the snapshot. */
  placed: PlacedPod;
  count: number;
}

export interface PlacementResult {
  /** Node index per pod of the run, -1 for the pods that stayed Pending. */
  nodes: Int32Array;
  /** Set when some pods fit nowhere: the FitError message and the per-node statuses behind it. */
  pending?: { reason: string; statuses: FilterStatus[] };
}

/** Default plugin weights (pkg/scheduler/apis/config/v1 default_plugins.go). */
const WEIGHT_TAINT_TOLERATION = 3;
const WEIGHT_POD_TOPOLOGY_SPREAD = 2;
const WEIGHT_NODE_RESOURCES_FIT = 1;
const MAX_NODE_SCORE = 100;
/** schedutil.DefaultMilliCPURequest: what a pod without requests counts for in scoring. */
const DEFAULT_MILLI_CPU_REQUEST = 100;

const SPREAD_SKEW: FilterStatus = { reason: ERR_REASON_SPREAD, unresolvable: false, category: 'spread' };
const SPREAD_LABEL: FilterStatus = { reason: ERR_REASON_SPREAD_LABEL, unresolvable: true, category: 'spread' };

/**
 * Places the pods of a run: filter (static filters, then DoNotSchedule spreading), score
 * (TaintToleration ×3, PodTopologySpread ×2, NodeResourcesFit least-allocated ×1), pick the best
 * node; ties go to the node with fewer pods, then the smaller name. Once a pod fits nowhere the
 * rest of the run cannot fit either (nothing changed), so they all stay Pending with its reason.
 *
 * @example
 * const result = placePods(snapshot, run, runStaticFilters(snapshot, run.template, '1.34'), '1.34');
 * result.nodes; // Int32Array [2, 1]
 */
export function placePods(snapshot: ClusterSnapshot, run: PlacementRun, filters: StaticFilterResult, version: KubeVersion): PlacementResult {
  const nodes = new Int32Array(run.count).fill(-1);
  const hard = hardConstraints(snapshot, run, filters.affinityMatch);
  const soft = new SoftSpread(snapshot, run, filters.affinityMatch);
  const raw = new Float64Array(snapshot.nodes.length);
  let feasible = filters.passing;
  if (soft.active) soft.updateWeights(feasible);

  for (let r = 0; r < run.count; r++) {
    if (hard.length > 0) {
      feasible = filters.passing.filter((i) => hard.every((c) => c.check(i) === undefined));
      if (soft.active) soft.updateWeights(feasible);
    }
    if (feasible.length === 0) {
      const statuses = nodeStatuses(snapshot.nodes.length, filters, hard);
      return { nodes, pending: { reason: fitErrorMessage(statuses, version), statuses } };
    }
    const best = bestNode(snapshot, feasible, filters, soft, raw);
    nodes[r] = best;
    snapshot.add(run.placed, best);
    for (const c of hard) c.record(best);
    soft.record(best);
  }
  return { nodes };
}

function bestNode(snapshot: ClusterSnapshot, feasible: readonly number[], filters: StaticFilterResult, soft: SoftSpread, raw: Float64Array): number {
  let spreadMin = Number.MAX_SAFE_INTEGER;
  let spreadMax = 0;
  let taintMax = 0;
  for (const i of feasible) {
    const t = filters.preferNoScheduleTaints[i]!;
    if (t > taintMax) taintMax = t;
    if (!soft.active) continue;
    const s = soft.rawScore(i);
    raw[i] = s;
    if (s < 0) continue;
    if (s < spreadMin) spreadMin = s;
    if (s > spreadMax) spreadMax = s;
  }
  const podCount = snapshot.podCount;
  let best = -1;
  let bestScore = -1;
  for (const i of feasible) {
    // TaintToleration NormalizeScore: DefaultNormalizeScore(100, reverse).
    const taint = taintMax === 0 ? MAX_NODE_SCORE : MAX_NODE_SCORE - Math.floor((MAX_NODE_SCORE * filters.preferNoScheduleTaints[i]!) / taintMax);
    let spread = 0;
    if (soft.active) {
      const s = raw[i]!;
      if (s >= 0) spread = spreadMax === 0 ? MAX_NODE_SCORE : Math.floor((MAX_NODE_SCORE * (spreadMax + spreadMin - s)) / spreadMax);
    }
    const score = WEIGHT_TAINT_TOLERATION * taint + WEIGHT_POD_TOPOLOGY_SPREAD * spread + WEIGHT_NODE_RESOURCES_FIT * leastAllocated(snapshot, i);
    if (
      score > bestScore ||
      (score === bestScore && (podCount[i]! < podCount[best]! || (podCount[i] === podCount[best] && snapshot.nodes[i]!.metadata.name < snapshot.nodes[best]!.metadata.name)))
    ) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * NodeResourcesFit, LeastAllocated on CPU: pods without requests count the scheduler's default
 * 100m each, so this prefers the node with the fewest pods relative to its allocatable CPU.
 * Memory is not modelled (upstream averages CPU and memory).
 */
function leastAllocated(snapshot: ClusterSnapshot, i: number): number {
  const capacity = snapshot.nodes[i]!.allocatableCpuMilli;
  const requested = (snapshot.podCount[i]! + 1) * DEFAULT_MILLI_CPU_REQUEST;
  if (capacity <= 0 || requested > capacity) return 0;
  return Math.floor(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

function nodeStatuses(count: number, filters: StaticFilterResult, hard: ReturnType<typeof hardConstraints>): FilterStatus[] {
  const statuses: FilterStatus[] = [];
  for (let i = 0; i < count; i++) {
    const status = filters.status[i];
    if (status) {
      statuses.push(status);
      continue;
    }
    for (const c of hard) {
      const failure = c.check(i);
      if (failure) {
        statuses.push(failure === 'missing-label' ? SPREAD_LABEL : SPREAD_SKEW);
        break;
      }
    }
  }
  return statuses;
}
