/**
 * PodTopologySpread's Score (podtopologyspread/scoring.go): ScheduleAnyway constraints, or the
 * system defaults for pods without constraints, with incremental matching-pod counts.
 */
import { HOSTNAME_LABEL, type LabelSelector } from '../model';
import { matchesLabelSelector } from '../selectors';
import type { ClusterSnapshot } from './clusterSnapshot';
import { SYSTEM_DEFAULT_CONSTRAINTS, type SpreadSubject } from './spreadSubject';

export interface SoftConstraint {
  isHost: boolean;
  maxSkew: number;
  domainOf: Int32Array;
  domainCount: number;
  hasLabel: Uint8Array;
  /** Matching pods per domain (per node for the hostname key). */
  counts: Int32Array;
  selfMatch: boolean;
  weight: number;
}

/**
 * ScheduleAnyway constraints (or the system defaults): the spreading score of every node.
 *
 * @example
 * const soft = new SoftSpread(snapshot, run, filters.affinityMatch);
 * soft.updateWeights(feasible);
 * soft.rawScore(i); // matching pods around node i, weighted; lower is better
 */
export class SoftSpread {
  readonly constraints: SoftConstraint[] = [];
  /** Nodes missing a key when every key is required (user constraints): scored 0. */
  readonly ignored: Uint8Array;
  private readonly affinityMatch: Uint8Array;
  private stamp: Int32Array = new Int32Array(0);
  private round = 0;

  constructor(snapshot: ClusterSnapshot, subject: SpreadSubject, affinityMatch: Uint8Array) {
    const nodes = snapshot.nodes.length;
    this.affinityMatch = affinityMatch;
    this.ignored = new Uint8Array(nodes);
    const own = subject.constraints.length > 0;
    let specs: { topologyKey: string; maxSkew: number; labelSelector?: LabelSelector }[];
    let byOwner = false;
    if (own) specs = subject.constraints.filter((c) => c.whenUnsatisfiable === 'ScheduleAnyway');
    else if (subject.defaultSpread) {
      byOwner = subject.defaultSpread.byOwner;
      specs = SYSTEM_DEFAULT_CONSTRAINTS.map((c) => ({ ...c, labelSelector: subject.defaultSpread!.selector }));
    } else specs = [];
    if (specs.length === 0) return;

    // NOTE: only user constraints require every key on a node; with the defaults a zone-less node
    // still gets hostname spreading (scoring.go requireAllTopologies).
    if (own) {
      for (let i = 0; i < nodes; i++) if (!specs.every((c) => c.topologyKey in snapshot.labels[i]!)) this.ignored[i] = 1;
    }
    for (const spec of specs) {
      const isHost = spec.topologyKey === HOSTNAME_LABEL;
      const domainOf = new Int32Array(nodes);
      const hasLabel = new Uint8Array(nodes);
      const ids = new Map<string, number>();
      for (let i = 0; i < nodes; i++) {
        const value = snapshot.labels[i]![spec.topologyKey];
        hasLabel[i] = value === undefined ? 0 : 1;
        if (isHost) domainOf[i] = i;
        else {
          // A missing label reads as "" (node.Labels[key]), one more domain for the weight.
          let id = ids.get(value ?? '');
          if (id === undefined) ids.set(value ?? '', (id = ids.size));
          domainOf[i] = id;
        }
      }
      const domainCount = isHost ? nodes : ids.size;
      const counts = new Int32Array(domainCount);
      const selector = spec.labelSelector;
      if (!byOwner && selector) {
        const perNode = snapshot.matchingPerNode(subject.namespace, selector);
        for (let i = 0; i < nodes; i++) {
          if (isHost) counts[i] = perNode[i]!;
          else if (affinityMatch[i] && !this.ignored[i]) counts[domainOf[i]!]! += perNode[i]!;
        }
      }
      const selfMatch = byOwner || (selector !== undefined && matchesLabelSelector(subject.labels, selector));
      this.constraints.push({ isHost, maxSkew: spec.maxSkew, domainOf, domainCount, hasLabel, counts, selfMatch, weight: 0 });
    }
    this.stamp = new Int32Array(Math.max(0, ...this.constraints.map((c) => c.domainCount)));
  }

  get active(): boolean {
    return this.constraints.length > 0;
  }

  /**
   * topologyNormalizingWeight: log(domains among the feasible, not ignored, nodes + 2). `feasible`
   * may list one node per group of alike nodes, with the group sizes in `sizes`.
   */
  updateWeights(feasible: readonly number[], sizes?: readonly number[]): void {
    let scored = 0;
    for (let k = 0; k < feasible.length; k++) if (!this.ignored[feasible[k]!]) scored += sizes ? sizes[k]! : 1;
    for (const c of this.constraints) {
      let size = scored;
      if (!c.isHost) {
        size = 0;
        this.round++;
        for (const i of feasible) {
          if (this.ignored[i]) continue;
          const d = c.domainOf[i]!;
          if (this.stamp[d] !== this.round) {
            this.stamp[d] = this.round;
            size++;
          }
        }
      }
      c.weight = Math.log(size + 2);
    }
  }

  /** The raw Score of node `i` (before NormalizeScore), or -1 for an ignored node. */
  rawScore(i: number): number {
    if (this.ignored[i]) return -1;
    let score = 0;
    for (const c of this.constraints) {
      if (!c.hasLabel[i]) continue;
      score += c.counts[c.isHost ? i : c.domainOf[i]!]! * c.weight + (c.maxSkew - 1);
    }
    return Math.round(score);
  }

  /** A pod of this run was placed on node `i`. */
  record(i: number): void {
    for (const c of this.constraints) {
      if (!c.selfMatch) continue;
      if (c.isHost) c.counts[i]!++;
      else if (this.affinityMatch[i] && !this.ignored[i]) c.counts[c.domainOf[i]!]!++;
    }
  }
}
