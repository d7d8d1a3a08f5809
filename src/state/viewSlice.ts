import type { StateCreator } from 'zustand';
import { readPreference, writePreference } from './persisted';
import type { StoreState, ThemePreference, ViewSlice } from './types';

function initialTheme(): ThemePreference {
  const saved = readPreference('theme');
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

export const createViewSlice: StateCreator<StoreState, [], [], ViewSlice> = (set, get) => ({
  theme: initialTheme(),
  setTheme(theme) {
    writePreference('theme', theme);
    set({ theme });
  },
  animationPaused: false,
  setAnimationPaused(animationPaused) {
    set({ animationPaused });
  },
  selectedService: null,
  setSelectedService(selectedService) {
    set({ selectedService });
  },
  dockPanel: null,
  setDockPanel(dockPanel) {
    set({ dockPanel });
  },
  canvasLayout: null,
  setCanvasLayout(canvasLayout) {
    const old = get().canvasLayout;
    const same =
      old &&
      old.frame.width === canvasLayout.frame.width &&
      old.frame.height === canvasLayout.frame.height &&
      old.minNamePx === canvasLayout.minNamePx &&
      old.externalEntries === canvasLayout.externalEntries &&
      old.externalEntryWidth === canvasLayout.externalEntryWidth;
    if (!same) set({ canvasLayout });
  },
  hintDismissed: readPreference('hintDismissed') === '1',
  dismissHint() {
    writePreference('hintDismissed', '1');
    set({ hintDismissed: true });
  },
});
