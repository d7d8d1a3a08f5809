import type { ClusterEvent, DriftEntry, RouteChange, TimelineEvent } from '../engine';

/** Cluster events on a timeline, and simulated time. The files stay untouched; the report shows the cluster at the cursor. */
export interface TimelineSlice {
  timeline: TimelineEvent[];
  /** How many events of the timeline are applied (the rest is the redo tail). */
  cursor: number;
  /** Simulated seconds since the cluster was loaded. */
  now: number;
  playing: boolean;
  /** Simulated seconds per second of wall time while playing. */
  speed: number;
  /** How the live cluster differs from the files. */
  drift: DriftEntry[];
  /** Route changes of the step at the cursor (report.live.step.changes): from just before its event to just after. */
  lastChanges: RouteChange[];
  /** Appends the event at `now` (dropping a redo tail) and re-analyses. The label defaults to the kubectl line. */
  dispatch(event: ClusterEvent, label?: string): void;
  /** Applies the first `cursor` events; time goes to the last one's moment. */
  stepTo(cursor: number): void;
  undo(): void;
  redo(): void;
  /** Forgets every event: the cluster is what the files say again (the files are not touched). */
  resetCluster(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  /** Lets simulated time flow (grace periods end, new pods get Ready). */
  advance(seconds: number): void;
}
