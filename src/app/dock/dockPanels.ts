/**
 * The bottom dock's panels, in tab order. A feature adds its panel here; the dock, its tabs and
 * the keyboard shortcuts all read this list.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface DockPanel {
  id: string;
  label: string;
  /** Loaded when first opened, so closed panels cost nothing at start-up. */
  component: LazyExoticComponent<ComponentType>;
}

export const dockPanels: DockPanel[] = [
  { id: 'rules', label: 'Rules', component: lazy(() => import('../../rulesview/RulesPanel')) },
  { id: 'terminal', label: 'Terminal', component: lazy(() => import('../../terminalPanel/TerminalPanel')) },
  { id: 'timeline', label: 'Timeline', component: lazy(() => import('../../timeline/TimelinePanel')) },
  { id: 'tour', label: 'Tour', component: lazy(() => import('../../scenarios/ui/TourPanel')) },
  { id: 'dataplane', label: 'Data plane', component: lazy(() => import('../../dataplane/DataPlanePanel')) },
  { id: 'versions', label: 'Versions', component: lazy(() => import('../../versions/VersionsPanel')) },
];
