/** The timeline's actions: step back and forward through the events (undo/redo), play time, reset. */
import { useStore } from '../../state';
import type { Action } from './action';

export const TIMELINE_ACTIONS: readonly Action[] = [
  {
    id: 'timeline-back',
    label: 'Step back on the timeline (undo the last cluster event)',
    shortcuts: [
      { scope: 'page', alt: true, code: 'KeyZ' },
      { scope: 'timeline', key: 'ArrowLeft' },
    ],
    perform: () => useStore.getState().undo(),
    enabled: (state) => state.cursor > 0,
  },
  {
    id: 'timeline-forward',
    label: 'Step forward on the timeline (redo)',
    shortcuts: [
      { scope: 'page', alt: true, code: 'KeyY' },
      { scope: 'timeline', key: 'ArrowRight' },
    ],
    perform: () => useStore.getState().redo(),
    enabled: (state) => state.cursor < state.timeline.length,
  },
  {
    id: 'timeline-start',
    label: 'Go to the files as written (before every event)',
    shortcuts: [{ scope: 'timeline', key: 'Home' }],
    perform: () => useStore.getState().stepTo(0),
    enabled: (state) => state.cursor > 0,
  },
  {
    id: 'timeline-end',
    label: 'Go to the last event',
    shortcuts: [{ scope: 'timeline', key: 'End' }],
    perform: () => useStore.getState().stepTo(useStore.getState().timeline.length),
    enabled: (state) => state.cursor < state.timeline.length,
  },
  {
    id: 'timeline-play',
    label: 'Play or pause simulated time',
    shortcuts: [],
    perform: () => {
      const { playing, setPlaying } = useStore.getState();
      setPlaying(!playing);
    },
    checked: (state) => state.playing,
  },
  {
    id: 'timeline-reset',
    label: 'Forget every event; the files stay as they are',
    shortcuts: [],
    perform: () => useStore.getState().resetCluster(),
    enabled: (state) => state.timeline.length > 0 || state.drift.length > 0,
  },
];
