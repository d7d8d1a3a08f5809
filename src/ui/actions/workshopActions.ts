/** Workshop mode's keys (a presenter's remote sends PageDown / PageUp too). */
import { useStore } from '../../state';
import type { Action } from './action';

export const WORKSHOP_ACTIONS: readonly Action[] = [
  {
    id: 'workshop-next',
    label: 'Next step of the tour',
    shortcuts: [
      { scope: 'workshop', key: 'ArrowRight' },
      { scope: 'workshop', key: 'PageDown' },
    ],
    perform: () => useStore.getState().advanceTour(),
  },
  {
    id: 'workshop-previous',
    label: 'Previous step of the tour',
    shortcuts: [
      { scope: 'workshop', key: 'ArrowLeft' },
      { scope: 'workshop', key: 'PageUp' },
    ],
    perform: () => useStore.getState().previousTourStep(),
  },
  {
    id: 'workshop-exit',
    label: 'Leave workshop mode',
    shortcuts: [{ scope: 'workshop', key: 'Escape' }],
    perform: () => useStore.getState().setWorkshop(false),
  },
];
