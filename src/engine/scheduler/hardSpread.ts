/**
 * PodTopologySpread's Filter (podtopologyspread/filtering.go): DoNotSchedule constraints, with
 * matching-pod counts kept per topology domain and updated as each pod of a run is placed.
 */
import type { TopologySpreadConstraint } from '../model';
import { matchesLabelSelector } from '../selectors';
import type { ClusterSnapshot } from './clusterSnapshot';
import type { SpreadSubject } from './spreadSubject';

/**
 * One DoNotSchedule constraint: the Filter's skew test against incremental domain counts.
 *
 * @example
 * constraint.check(i); // undefined, 'missing-label' or 'skew'
 * constraint.record(i); // a pod of the run landed on node i
 */
export class HardConstraint {
  readonly key: string;
  private readonly maxSkew: number;
  private readonly minDomains: number;
  readonly domainOf: Int32Array;
  /** Matching pods per domain, on eligible nodes. */
  readonly counts: Int32Array;
  readonly domainEligible: Uint8Array;
  readonly eligible: Uint8Array;
  /** Every domain holds one node (hostname-like): its count varies per node. */
  readonly singletonDomains: boolean;
  private readonly selfMatch: boolean;
  private readonly domainCount: number;
  private min = 0;
  private atMin = 0;

  constructor(snapshot: ClusterSnapshot, subject: SpreadSubject, c: TopologySpreadConstraint, eligible: Uint8Array) {
    const nodes = snapshot.nodes.length;
    this.key = c.topologyKey;
    this.maxSkew = c.maxSkew;
    this.minDomains = c.minDomains ?? 1;
    this.eligible = eligible;
    this.domainOf = new Int32Array(nodes);
    const ids = new Map<string, number>();
    for (let i = 0; i < nodes; i++) {
      const value = snapshot.labels[i]![c.topologyKey];
      if (value === undefined) this.domainOf[i] = -1;
      else {
        let id = ids.get(value);
        if (id === undefined) ids.set(value, (id = ids.size));
        this.domainOf[i] = id;
      }
    }
    this.counts = new Int32Array(ids.size);
    this.domainEligible = new Uint8Array(ids.size);
    const nodesPerDomain = new Int32Array(ids.size);
    for (let i = 0; i < nodes; i++) if (this.domainOf[i]! >= 0) nodesPerDomain[this.domainOf[i]!]!++;
    this.singletonDomains = nodesPerDomain.every((n) => n === 1);
    // NOTE: a constraint without labelSelector matches nothing (LabelSelectorAsSelector(nil) is labels.Nothing()).
    const perNode = c.labelSelector ? snapshot.matchingPerNode(subject.namespace, c.labelSelector) : undefined;
    let domains = 0;
    for (let i = 0; i < nodes; i++) {
      if (!eligible[i]) continue;
      const d = this.domainOf[i]!;
      if (!this.domainEligible[d]) domains++;
      this.domainEligible[d] = 1;
      if (perNode) this.counts[d]! += perNode[i]!;
    }
    this.domainCount = domains;
    this.selfMatch = c.labelSelector ? matchesLabelSelector(subject.labels, c.labelSelector) : false;
    this.recomputeMin();
  }

  /** The Filter for node `i`: undefined when it passes, else whether the label is missing or the skew too large. */
  check(i: number): 'missing-label' | 'skew' | undefined {
    const d = this.domainOf[i]!;
    if (d < 0) return 'missing-label';
    // NOTE: with fewer eligible domains than minDomains the global minimum counts as 0 (filtering.go minMatchNum).
    const min = this.domainCount < this.minDomains ? 0 : this.min;
    const skew = this.counts[d]! + (this.selfMatch ? 1 : 0) - min;
    return skew > this.maxSkew ? 'skew' : undefined;
  }

  /** A pod of this run was placed on node `i`. */
  record(i: number): void {
    if (!this.selfMatch || !this.eligible[i]) return;
    const d = this.domainOf[i]!;
    const before = this.counts[d]!++;
    if (this.domainEligible[d] && before === this.min && --this.atMin === 0) this.recomputeMin();
  }

  private recomputeMin(): void {
    let min = Number.MAX_SAFE_INTEGER;
    let atMin = 0;
    for (let d = 0; d < this.counts.length; d++) {
      if (!this.domainEligible[d]) continue;
      const n = this.counts[d]!;
      if (n < min) {
        min = n;
        atMin = 1;
      } else if (n === min) atMin++;
    }
    this.min = min;
    this.atMin = atMin;
  }
}

/**
 * The DoNotSchedule constraints of a pod. Domains come from nodes that match the pod's
 * nodeSelector/affinity and carry every constraint's key.
 *
 * NOTE: tainted nodes still count as domains (nodeTaintsPolicy defaults to Ignore), so an empty
 * control-plane node keeps the hostname minimum at 0.
 *
 * @example
 * const hard = hardConstraints(snapshot, run, filters.affinityMatch);
 * hard.every((c) => c.check(i) === undefined); // node i passes PodTopologySpread's Filter
 */
export function hardConstraints(snapshot: ClusterSnapshot, subject: SpreadSubject, affinityMatch: Uint8Array): HardConstraint[] {
  const hard = subject.constraints.filter((c) => c.whenUnsatisfiable === 'DoNotSchedule');
  if (hard.length === 0) return [];
  const eligible = new Uint8Array(snapshot.nodes.length);
  for (let i = 0; i < eligible.length; i++) {
    eligible[i] = affinityMatch[i] && hard.every((c) => c.topologyKey in snapshot.labels[i]!) ? 1 : 0;
  }
  return hard.map((c) => new HardConstraint(snapshot, subject, c, eligible));
}
