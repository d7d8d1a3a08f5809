/** Actions of the whole page: toolbar settings, the gallery and workshop mode, the terminal, sharing. */
import { confirmDiscard } from '../../io/persistence/workspaceReset';
import { shareCurrentState } from '../../io/share/shareLater';
import { findBuiltinScenario } from '../../scenarios/examples';
import { useStore } from '../../state';
import { toolbarObjects } from '../../state/useWorkspaceObjects';
import { toolbarService } from '../../view/serviceKey';
import { TRAFFIC_DISTRIBUTIONS } from '../../view/trafficDistributions';
import type { Action } from './action';
import { setServiceField } from './toolbarActions';

const alt = (code: string) => [{ scope: 'page', alt: true, code }] as const;

function cycleTrafficDistribution(): void {
  const state = useStore.getState();
  const service = toolbarService(toolbarObjects(state.files), state);
  if (!service) return;
  const spec = (service.object.spec ?? {}) as Record<string, unknown>;
  const order: (string | undefined)[] = [undefined, ...TRAFFIC_DISTRIBUTIONS];
  const current = order.indexOf(typeof spec.trafficDistribution === 'string' ? spec.trafficDistribution : undefined);
  setServiceField('trafficDistribution', order[(current + 1) % order.length]);
}

/** Replaces the workspace with a built-in example, after asking when that would discard the user's work. */
async function loadExample(id: string | undefined): Promise<void> {
  const example = id === undefined ? undefined : findBuiltinScenario(id);
  if (!example || !(await confirmDiscard(`Load “${example.title}”`, 'Discard and load'))) return;
  useStore.getState().loadExample(example);
}

export const PAGE_ACTIONS: readonly Action[] = [
  {
    id: 'load-example',
    label: 'Load a built-in example',
    shortcuts: [],
    perform: ({ value }) => loadExample(value),
  },
  {
    id: 'cycle-traffic-distribution',
    label: 'Next trafficDistribution value',
    shortcuts: alt('KeyT'),
    perform: cycleTrafficDistribution,
  },
  {
    id: 'toggle-animation',
    label: 'Pause or resume the animation',
    shortcuts: alt('KeyP'),
    perform: () => {
      const { animationPaused, setAnimationPaused } = useStore.getState();
      setAnimationPaused(!animationPaused);
    },
    checked: (state) => state.animationPaused,
  },
  {
    id: 'cycle-theme',
    label: 'Next theme (system, light, dark)',
    shortcuts: alt('KeyL'),
    perform: () => {
      const { theme, setTheme } = useStore.getState();
      setTheme(theme === 'system' ? 'light' : theme === 'light' ? 'dark' : 'system');
    },
  },
  {
    id: 'open-scenarios',
    label: 'Open the scenario gallery',
    shortcuts: alt('KeyG'),
    perform: () => useStore.getState().setGalleryOpen(true),
  },
  {
    id: 'toggle-workshop',
    label: 'Workshop mode: presenter view of the tour',
    shortcuts: alt('KeyW'),
    perform: () => {
      const { workshop, setWorkshop } = useStore.getState();
      setWorkshop(!workshop);
    },
    checked: (state) => state.workshop,
  },
  {
    id: 'open-terminal',
    label: 'Open the terminal',
    shortcuts: alt('KeyK'),
    perform: () => {
      useStore.getState().setDockPanel('terminal');
      requestAnimationFrame(() => document.getElementById('terminal-input')?.focus());
    },
  },
  {
    id: 'focus-toolbar',
    label: 'Move focus to the toolbar',
    shortcuts: alt('KeyB'),
    perform: () => document.querySelector<HTMLElement>('[data-testid="control-trafficDistribution"]')?.focus(),
  },
  {
    id: 'share',
    label: 'Copy a link to this workspace',
    // Instead of saving the page, in the editor too.
    shortcuts: [{ scope: 'page', mod: true, code: 'KeyS' }],
    perform: () => shareCurrentState(),
  },
];
