/** What a terminal command sees and returns. Commands never edit the files: they return events. */
import type { ClusterEvent, PodLifecycle, ClusterState, RoutingReport, AffinityTable } from '../engine';

export interface TerminalContext {
  /** The report of the cluster as it is now (files plus the timeline's events). */
  report: RoutingReport | null;
  /** The workspace files, by name (for `apply -f` and completion). */
  files: readonly { name: string; text: string }[];
  /** The live objects, for fields the report leaves out (cluster IPs, replicas, templates). */
  cluster?: ClusterState | null;
  /** Per pod key: age, restarts and kubectl's status word, when the timeline knows them. */
  lifecycle?: Readonly<Record<string, PodLifecycle>>;
  /** Simulated seconds since the cluster was loaded. */
  now: number;
  /** Seed of the simulated requests of `hit`. */
  seed: number;
  /** Session affinity entries `hit` uses and updates. */
  affinity?: AffinityTable;
}

/** The context once the cluster has a report: what every command but `apply` and `help` runs on. */
export type ReadyContext = TerminalContext & { report: RoutingReport };

export interface CommandResult {
  output: string;
  /** What the command does to the live cluster, in order. */
  events: ClusterEvent[];
  exitCode: number;
  /** `clear`: empty the scrollback. */
  clear?: boolean;
  /** The playground's hint after kubectl's error (also the last lines of `output`). */
  hint?: string;
  /** `get -w`: the list was printed; the terminal goes on printing its changes as the timeline plays. */
  watch?: boolean;
  /** `hit`: the session affinity table after its requests. */
  affinity?: AffinityTable;
}

export const ok = (output: string, events: ClusterEvent[] = []): CommandResult => ({ output, events, exitCode: 0 });

/** kubectl's error line, and a hint of the playground's on the next line. */
export const failure = (error: string, hint?: string, events: ClusterEvent[] = []): CommandResult => ({
  output: hint ? `${error}\n${hint}` : error,
  events,
  exitCode: 1,
  ...(hint ? { hint } : {}),
});

/** Every command that reads the cluster refuses until the files give a report. */
export const notReady = (): CommandResult => failure('error: the cluster is not ready yet', 'Fix the errors in the files first.');

export const isReady = (context: TerminalContext): context is ReadyContext => context.report !== null;
