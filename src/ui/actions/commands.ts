/**
 * The command registry: every toolbar action with a keyboard shortcut, in one list that the
 * shortcut handler and the shortcuts help both read.
 */
import { useStore } from '../../state';
import { listObjects } from '../../workspace/objectLocations';
import { toolbarService } from '../../view/serviceKey';
import { setServiceField } from './toolbarActions';
import { TRAFFIC_DISTRIBUTIONS } from '../../view/trafficDistributions';

export interface Command {
  id: string;
  label: string;
  /** As shown to people, e.g. "Alt+T". */
  shortcut: string;
  /** KeyboardEvent.code, with Alt held. */
  code: string;
  perform(): void;
}

function cycleTrafficDistribution(): void {
  const state = useStore.getState();
  const service = toolbarService(listObjects(state.files), state);
  if (!service) return;
  const spec = (service.object.spec ?? {}) as Record<string, unknown>;
  const order: (string | undefined)[] = [undefined, ...TRAFFIC_DISTRIBUTIONS];
  const current = order.indexOf(typeof spec.trafficDistribution === 'string' ? spec.trafficDistribution : undefined);
  setServiceField('trafficDistribution', order[(current + 1) % order.length]);
}

export const COMMANDS: readonly Command[] = [
  {
    id: 'cycle-traffic-distribution',
    label: 'Next trafficDistribution value',
    shortcut: 'Alt+T',
    code: 'KeyT',
    perform: cycleTrafficDistribution,
  },
  {
    id: 'toggle-animation',
    label: 'Pause or resume the animation',
    shortcut: 'Alt+P',
    code: 'KeyP',
    perform: () => {
      const { animationPaused, setAnimationPaused } = useStore.getState();
      setAnimationPaused(!animationPaused);
    },
  },
  {
    id: 'cycle-theme',
    label: 'Next theme (system, light, dark)',
    shortcut: 'Alt+L',
    code: 'KeyL',
    perform: () => {
      const { theme, setTheme } = useStore.getState();
      setTheme(theme === 'system' ? 'light' : theme === 'light' ? 'dark' : 'system');
    },
  },
  {
    id: 'open-scenarios',
    label: 'Open the scenario gallery',
    shortcut: 'Alt+G',
    code: 'KeyG',
    perform: () => useStore.getState().setGalleryOpen(true),
  },
  {
    id: 'toggle-workshop',
    label: 'Workshop mode: presenter view of the tour (→ next, ← previous)',
    shortcut: 'Alt+W',
    code: 'KeyW',
    perform: () => {
      const { workshop, setWorkshop } = useStore.getState();
      setWorkshop(!workshop);
    },
  },
  {
    id: 'timeline-back',
    label: 'Step back on the timeline (undo the last cluster event)',
    shortcut: 'Alt+Z',
    code: 'KeyZ',
    perform: () => useStore.getState().undo(),
  },
  {
    id: 'timeline-forward',
    label: 'Step forward on the timeline (redo)',
    shortcut: 'Alt+Y',
    code: 'KeyY',
    perform: () => useStore.getState().redo(),
  },
  {
    id: 'open-terminal',
    label: 'Open the terminal',
    shortcut: 'Alt+K',
    code: 'KeyK',
    perform: () => {
      useStore.getState().setDockPanel('terminal');
      requestAnimationFrame(() => document.getElementById('terminal-input')?.focus());
    },
  },
  {
    id: 'focus-toolbar',
    label: 'Move focus to the toolbar',
    shortcut: 'Alt+B',
    code: 'KeyB',
    perform: () => document.querySelector<HTMLElement>('[data-testid="control-trafficDistribution"]')?.focus(),
  },
];

/** The command an Alt+key press asks for, if any. */
export function commandForKey(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): Command | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  return COMMANDS.find((c) => c.code === event.code);
}
