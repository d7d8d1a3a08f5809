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
  { id: 'rules', label: 'Rules', component: lazy(() => import('../panels/rules/RulesPanel')) },
  { id: 'terminal', label: 'Terminal', component: lazy(() => import('../panels/terminal/TerminalPanel')) },
  { id: 'timeline', label: 'Timeline', component: lazy(() => import('../panels/timeline/TimelinePanel')) },
  { id: 'tour', label: 'Tour', component: lazy(() => import('../scenarios/TourPanel')) },
  { id: 'dataplane', label: 'Data plane', component: lazy(() => import('../panels/data-plane/DataPlanePanel')) },
  { id: 'versions', label: 'Versions', component: lazy(() => import('../panels/versions/VersionsPanel')) },
  { id: 'compare', label: 'Compare', component: lazy(() => import('../panels/compare/ComparePanel')) },
];
