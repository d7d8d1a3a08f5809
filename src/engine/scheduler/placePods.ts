/**
 * One scheduling run: `count` identical pods (a Deployment's new replicas, or one bare Pod) placed
 * one after another, each seeing the ones before it, as the scheduler's queue would place them.
 */
import type { PodSpecTemplate } from '../model';
import type { KubeVersion } from '../version';
import type { ClusterSnapshot, PlacedPod } from './clusterSnapshot';
import { ERR_REASON_SPREAD, ERR_REASON_SPREAD_LABEL, fitErrorMessage, type FilterStatus } from './fitError';
import { hardConstraints, type HardConstraint } from './hardSpread';
import { NodeClasses } from './nodeClasses';
import { bestCandidate } from './scoreNodes';
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

/** How candidates are enumerated: every feasible node, or one per group of alike nodes (same result). */
export type PlacementStrategy = 'scan' | 'classes';

const SPREAD_SKEW: FilterStatus = { reason: ERR_REASON_SPREAD, unresolvable: false, category: 'spread' };
const SPREAD_LABEL: FilterStatus = { reason: ERR_REASON_SPREAD_LABEL, unresolvable: true, category: 'spread' };

/**
 * Places the pods of a run: filter (static filters, then DoNotSchedule spreading), score, bind.
 * Once a pod fits nowhere the rest of the run cannot fit either (nothing changed), so they all
 * stay Pending with its reason. Runs of more than a few pods compare groups of alike nodes.
 *
 * @example
 * const result = placePods(snapshot, run, runStaticFilters(snapshot, run.template, '1.34'), '1.34');
 * result.nodes; // Int32Array [2, 1]
 */
export function placePods(
  snapshot: ClusterSnapshot,
  run: PlacementRun,
  filters: StaticFilterResult,
  version: KubeVersion,
  strategy: PlacementStrategy = run.count > 2 ? 'classes' : 'scan',
): PlacementResult {
  const nodes = new Int32Array(run.count).fill(-1);
  const hard = hardConstraints(snapshot, run, filters.affinityMatch);
  const soft = new SoftSpread(snapshot, run, filters.affinityMatch);
  const classes = strategy === 'classes' ? new NodeClasses(snapshot, filters, hard, soft) : undefined;
  const rank = snapshot.nameRank;
  let raw = new Float64Array(filters.passing.length);
  if (soft.active) soft.updateWeights(filters.passing);

  for (let r = 0; r < run.count; r++) {
    let candidates: number[];
    let ranks: ArrayLike<number>;
    if (classes) {
      const groups = classes.candidates();
      const keep = groups.nodes.map((i) => hard.every((c) => c.check(i) === undefined));
      candidates = groups.nodes.filter((_, k) => keep[k]);
      ranks = groups.ranks.filter((_, k) => keep[k]);
      if (hard.length > 0 && soft.active)
        soft.updateWeights(
          candidates,
          groups.sizes.filter((_, k) => keep[k]),
        );
    } else {
      candidates = hard.length > 0 ? filters.passing.filter((i) => hard.every((c) => c.check(i) === undefined)) : filters.passing;
      ranks = candidates.map((i) => rank[i]!);
      if (hard.length > 0 && soft.active) soft.updateWeights(candidates);
    }
    if (candidates.length === 0) {
      const statuses = nodeStatuses(snapshot.nodes.length, filters, hard);
      return { nodes, pending: { reason: fitErrorMessage(statuses, version), statuses } };
    }
    if (raw.length < candidates.length) raw = new Float64Array(candidates.length);
    const best = candidates[bestCandidate(snapshot, candidates, ranks, filters, soft, raw)]!;
    classes?.take(best);
    nodes[r] = best;
    snapshot.add(run.placed, best);
    for (const c of hard) c.record(best);
    soft.record(best);
    classes?.put(best);
  }
  return { nodes };
}

function nodeStatuses(count: number, filters: StaticFilterResult, hard: readonly HardConstraint[]): FilterStatus[] {
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
