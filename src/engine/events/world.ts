/**
 * The live cluster while a timeline is replayed: the ClusterState plus what the API objects do not
 * hold (when each pod started, whether its probe fails, which zones are down) and the log of
 * what the controllers did. Only the simulation mutates it; every object in it is its own copy.
 */
import { syntheticSource, type Diagnostic } from '../diagnostics';
import { keyOf, type ClusterState, type Node, type Pod } from '../model';
import { mixedHash } from '../scheduler/hash';
import { crashBackoffSeconds, timestampAt } from './clock';
import type { SimulationLogEntry } from './types';

export interface PodLife {
  createdAt: number;
  /** Ready from this second on (start-up delay). */
  readyAt: number;
  /** The second the pod last turned Ready, while it is (minReadySeconds counts from here). */
  readySince?: number;
  /** The Ready condition the files gave (pods the engine creates: true). */
  baseReady: boolean;
  /** `pod.notReady`: the readiness probe fails. */
  probeFailing: boolean;
  /** `pod.crashLoop`: second the container started crashing. */
  crashSince?: number;
  /** Restarts before the current crash loop. */
  restarts: number;
  /** Removed from the API at this second (end of the grace period), once its kubelet confirms. */
  deleteAt?: number;
}

/** A `kubectl drain` still waiting for evictions a disruption budget refused. */
export interface DrainInProgress {
  gracePeriodSeconds?: number;
  /** The next pass of evictions. */
  retryAt: number;
  /** Pods already refused once (their refusal is not repeated in the log). */
  refused: Set<string>;
  /** Pods whose eviction failed for good. */
  givenUp: Set<string>;
}

/** The Deployment controller's memory of a rollout (its Progressing condition's lastUpdateTime). */
export interface RolloutProgress {
  hash: string;
  updated: number;
  ready: number;
  available: number;
  old: number;
  lastProgressAt: number;
  timedOut: boolean;
}

export const TIMELINE_FILE = '(timeline)';

export class World {
  t = 0;
  cluster: ClusterState;
  readonly life = new Map<string, PodLife>();
  readonly baseNodeReady = new Map<string, boolean>();
  readonly nodeReadyOverride = new Map<string, boolean>();
  readonly downZones = new Set<string>();
  readonly notReadySince = new Map<string, number>();
  /** Drains by node name, while evictions wait for a disruption budget. */
  readonly draining = new Map<string, DrainInProgress>();
  /** Rollout progress by Deployment key: what the controller last saw, and when it last moved. */
  readonly rollouts = new Map<string, RolloutProgress>();
  readonly log: SimulationLogEntry[] = [];
  /** Every pod name ("namespace/name") and pod IP the cluster has had: a new pod never gets an old one's. */
  readonly usedPodNames = new Set<string>();
  readonly usedPodIps = new Set<string>();
  /** Pods created while the timeline plays, for their UIDs. */
  private created = 0;
  readonly diagnostics: Diagnostic[] = [];
  /** Label of the event being applied, for the diagnostics it causes. */
  label = '';

  constructor(cluster: ClusterState) {
    this.cluster = cluster;
    for (const node of cluster.nodes) this.baseNodeReady.set(node.metadata.name, node.ready);
    for (const pod of cluster.pods) this.remember(pod);
  }

  /** Records a pod's name and addresses as handed out. */
  remember(pod: Pod): void {
    this.usedPodNames.add(keyOf(pod.metadata));
    for (const ip of pod.status.podIPs) this.usedPodIps.add(ip);
  }

  /**
   * A UID for a pod the API server creates now: a UUID in form, derived from the pod's name, the
   * moment and how many pods were created before, so a replay gives the same UIDs.
   */
  newUid(key: string): string {
    const n = ++this.created;
    const hex = [0, 1, 2, 3].map((part) => mixedHash(`${key}@${this.t}#${n}`, part).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  say(message: string): void {
    this.log.push({ at: this.t, message });
  }

  /** A problem with an event: a warning (never an error, which would hide the report as if the YAML were broken). */
  warn(message: string): void {
    const { range } = syntheticSource(TIMELINE_FILE);
    this.diagnostics.push({ ...range, severity: 'warning', message: this.label ? `${this.label}: ${message}` : message });
    this.say(`error: ${message}`);
  }

  node(name: string): Node | undefined {
    // Node lists are replaced, never edited in place: the index follows the list's identity.
    if (this.indexedNodes !== this.cluster.nodes) {
      this.indexedNodes = this.cluster.nodes;
      this.nodesByName = new Map(this.cluster.nodes.map((n) => [n.metadata.name, n]));
    }
    return this.nodesByName.get(name);
  }

  private indexedNodes: readonly Node[] | undefined;
  private nodesByName = new Map<string, Node>();

  pod(key: string): Pod | undefined {
    return this.cluster.pods.find((p) => keyOf(p.metadata) === key);
  }

  lifeOf(pod: Pod): PodLife {
    const key = keyOf(pod.metadata);
    let life = this.life.get(key);
    if (!life) this.life.set(key, (life = { createdAt: this.t, readyAt: this.t, baseReady: true, probeFailing: false, restarts: 0 }));
    return life;
  }

  nodeReady(name: string | undefined): boolean {
    return name !== undefined && this.node(name)?.ready === true;
  }

  /** Node Ready from the files, the node events and the zone outages; records NotReady transitions. */
  refreshNodes(): void {
    this.cluster.nodes = this.cluster.nodes.map((node) => {
      const name = node.metadata.name;
      const wanted = this.nodeReadyOverride.get(name) ?? this.baseNodeReady.get(name) ?? node.ready;
      const ready = wanted && !(node.zone !== undefined && this.downZones.has(node.zone));
      if (ready === node.ready) {
        if (!ready && !this.notReadySince.has(name)) this.notReadySince.set(name, this.t);
        return node;
      }
      this.say(`Node ${name} status is now: ${ready ? 'NodeReady' : 'NodeNotReady'}`);
      if (ready) this.notReadySince.delete(name);
      else this.notReadySince.set(name, this.t);
      return { ...node, ready };
    });
  }

  /** Restarts by now of a crash-looping container: one at once, then after each back-off. */
  restartsOf(life: PodLife): { count: number; next?: number } {
    if (life.crashSince === undefined) return { count: life.restarts };
    let count = life.restarts + 1;
    let at = life.crashSince;
    for (;;) {
      const next = at + crashBackoffSeconds(count - life.restarts - 1);
      if (next > this.t) return { count, next };
      at = next;
      count++;
    }
  }

  /** The kubelet's and the node lifecycle controller's Ready condition for each pod at `t`. */
  refreshPods(): void {
    for (let i = 0; i < this.cluster.pods.length; i++) {
      const pod = this.cluster.pods[i]!;
      if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') continue;
      const life = this.lifeOf(pod);
      const ready =
        pod.spec.nodeName !== undefined &&
        this.nodeReady(pod.spec.nodeName) &&
        life.baseReady &&
        !life.probeFailing &&
        life.crashSince === undefined &&
        this.t >= life.readyAt;
      if (ready && life.readySince === undefined) life.readySince = this.t;
      else if (!ready) life.readySince = undefined;
      if (ready !== pod.status.ready) this.cluster.pods[i] = { ...pod, status: { ...pod.status, ready } };
    }
  }

  /** Ready for at least `minReadySeconds` (podutil.IsPodAvailable). */
  isAvailable(pod: Pod, minReadySeconds: number): boolean {
    if (!pod.status.ready) return false;
    if (minReadySeconds <= 0) return true;
    const since = this.life.get(keyOf(pod.metadata))?.readySince;
    return since !== undefined && since + minReadySeconds <= this.t;
  }

  /**
   * Deletes a pod the way the API server and kubelet do: unscheduled pods (or a zero grace period)
   * go at once; others get a deletionTimestamp and stay, Terminating, for their grace period.
   */
  deletePod(pod: Pod, gracePeriodSeconds: number, why: string): void {
    const key = keyOf(pod.metadata);
    if (!pod.spec.nodeName || gracePeriodSeconds <= 0) {
      this.removePod(key);
      this.say(`${why}: pod ${key} deleted`);
      return;
    }
    const life = this.lifeOf(pod);
    life.deleteAt = this.t + gracePeriodSeconds;
    const index = this.cluster.pods.indexOf(pod);
    this.cluster.pods[index] = { ...pod, metadata: { ...pod.metadata, deletionTimestamp: timestampAt(this.t) } };
    this.say(`${why}: pod ${key} Terminating (grace period ${gracePeriodSeconds}s)`);
  }

  removePod(key: string): void {
    this.cluster.pods = this.cluster.pods.filter((p) => keyOf(p.metadata) !== key);
    this.life.delete(key);
  }
}

/** Not terminated and not being deleted (controller.FilterActivePods). */
export function isActive(pod: Pod): boolean {
  return pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed' && pod.metadata.deletionTimestamp === undefined;
}
