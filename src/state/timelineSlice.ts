import type { StateCreator } from 'zustand';
import { describeEvent } from '../engine';
import type { RoutingReport } from '../engine';
import type { TimelineSlice } from './timelineTypes';
import type { StoreState } from './types';

export const SPEEDS = [0.5, 1, 2, 5, 10, 30] as const;

/** The timeline part of the analysis request: the applied events and the moment. */
export function timelineInput(state: Pick<StoreState, 'timeline' | 'cursor' | 'now'>): { events: StoreState['timeline']; now: number } {
  return { events: state.timeline.slice(0, state.cursor), now: state.now };
}

/**
 * What a new report changes in the timeline state: the drift it carries, and the route changes of
 * the step at the cursor, which the engine computes from the cluster just before and just after
 * the step's event (report.live.step): the same however the step was reached.
 */
export function timelineOutcome(report: RoutingReport): Pick<TimelineSlice, 'drift' | 'lastChanges'> {
  return { drift: report.live?.drift ?? [], lastChanges: report.live?.step?.changes ?? [] };
}

/** The timeline of a cluster just loaded: no events, time zero, nothing drifted. */
export function clearedTimeline(): Pick<TimelineSlice, 'timeline' | 'cursor' | 'now' | 'playing' | 'drift' | 'lastChanges'> {
  return { timeline: [], cursor: 0, now: 0, playing: false, drift: [], lastChanges: [] };
}

let nextId = 0;

export const createTimelineSlice: StateCreator<StoreState, [], [], TimelineSlice> = (set, get) => {
  const goTo = (cursor: number) => {
    const { timeline } = get();
    const target = Math.max(0, Math.min(timeline.length, Math.trunc(cursor)));
    set({ cursor: target, now: target > 0 ? timeline[target - 1]!.at : 0, playing: false });
    get().scheduleAnalysis();
  };
  return {
    timeline: [],
    cursor: 0,
    now: 0,
    playing: false,
    speed: 1,
    drift: [],
    lastChanges: [],

    dispatch(event, label) {
      const { timeline, cursor, now } = get();
      const entry = { id: `event-${++nextId}`, at: now, event, label: label ?? describeEvent(event) };
      set({ timeline: [...timeline.slice(0, cursor), entry], cursor: cursor + 1 });
      get().scheduleAnalysis();
    },
    stepTo: goTo,
    undo() {
      goTo(get().cursor - 1);
    },
    redo() {
      goTo(get().cursor + 1);
    },
    resetCluster() {
      set({ ...clearedTimeline(), affinity: [] });
      get().scheduleAnalysis();
    },
    setPlaying(playing) {
      set({ playing });
    },
    setSpeed(speed) {
      if (Number.isFinite(speed) && speed > 0) set({ speed });
    },
    advance(seconds) {
      if (!(seconds > 0)) return;
      const now = get().now + seconds;
      set({ now });
      // Re-analyse only when something happens by itself before `now` (a grace period ends, a pod gets Ready).
      const live = get().report?.live;
      const due = live
        ? live.nextChangeAt !== undefined && live.nextChangeAt <= now
        : get()
            .timeline.slice(0, get().cursor)
            .some((e) => e.at <= now);
      if (due) get().scheduleAnalysis();
    },
  };
};
