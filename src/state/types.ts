import type { AffinityTable, Diagnostic, IPFamilyName, RoutingReport, KubeVersion } from '../engine';
import type { HighlightSlice } from './highlightSlice';
import type { Example } from '../scenarios/seedDemo';
import type { WorkspaceFile } from '../workspace/objectLocations';
import type { FileChange } from '../workspace/workspaceEdits';
import type { TerminalSlice } from './terminalTypes';
import type { TimelineSlice } from './timelineTypes';
import type { TourSlice } from './tourTypes';
import type { VersionsSlice } from './versionsSlice';

export interface WorkspaceSlice {
  files: WorkspaceFile[];
  activeFile: string;
  setActiveFile(name: string): void;
  /** Adds a file (a fresh unique name when none is given) and opens it; returns its name. */
  addFile(name?: string, text?: string): string;
  /** Returns an error message, or null when renamed. */
  renameFile(from: string, to: string): string | null;
  deleteFile(name: string): void;
  setFileText(name: string, text: string): void;
  /** Applies an edit computed by workspaceEdits (creating the file when it is new). */
  applyFileChange(change: FileChange): void;
  /** Replaces the workspace with the example's files and forgets the cluster's timeline (a fresh cluster). */
  loadExample(example: Example): void;
}

export interface AnalysisSlice {
  /** The last report computed from text without errors (or, until there is one, see `partial`). */
  report: RoutingReport | null;
  /** True while the text has errors and `report` shows an older state. */
  stale: boolean;
  /**
   * True while the workspace loaded last (an example, a link, saved work) has not yet been analysed
   * without errors: `report` is then no valid picture of it to keep, and a report with errors
   * replaces it, drawing what parses and leaving out the objects in error.
   */
  partial: boolean;
  /** Diagnostics of the current text. */
  diagnostics: Diagnostic[];
  kubernetesVersion: KubeVersion;
  seed: number;
  setKubernetesVersion(version: KubeVersion): void;
  setSeed(seed: number): void;
  /** Runs the engine now on the current files; resolves when the store holds the result. */
  analyze(): Promise<void>;
  /** Coalesces the changes of one tick into one run. */
  scheduleAnalysis(): void;
  /** Resolves once no analysis is pending. */
  whenAnalysed(): Promise<void>;
}

/**
 * 'zone-pair' and 'node-pair': a large cluster's aggregated routes, id `<from>><to>` (zones or
 * nodes; see view/zonePairs, view/nodePairs).
 */
export type SelectionKind = 'pod' | 'node' | 'zone' | 'service' | 'external' | 'zone-pair' | 'node-pair';

export interface Selection {
  kind: SelectionKind;
  id: string;
}

export interface SelectionSlice {
  selection: Selection | null;
  select(selection: Selection | null): void;
}

export type ThemePreference = 'system' | 'light' | 'dark';

export interface ViewSlice {
  theme: ThemePreference;
  setTheme(theme: ThemePreference): void;
  animationPaused: boolean;
  setAnimationPaused(paused: boolean): void;
  /** "ns/name" of the Service the toolbar edits; null means the first Service of the workspace. */
  selectedService: string | null;
  setSelectedService(key: string | null): void;
  hintDismissed: boolean;
  dismissHint(): void;
  /** Id of the open bottom-dock panel (see app/dock/dockPanels.ts), or null when the dock is folded. */
  dockPanel: string | null;
  setDockPanel(id: string | null): void;
  /** What the canvas last laid its picture out for (its quantized frame and options), so small copies of it share its layout; null before. */
  canvasLayout: CanvasLayoutSetting | null;
  setCanvasLayout(setting: CanvasLayoutSetting): void;
}

export interface IPFamilySlice {
  /**
   * The IP family of a dual-stack Service the page shows (canvas, inspector, Send requests,
   * Compare); null: the Service's primary family. Single-stack Services ignore it.
   */
  ipFamily: IPFamilyName | null;
  setIpFamily(family: IPFamilyName | null): void;
}

export interface CanvasLayoutSetting {
  frame: { width: number; height: number };
  minNamePx?: number;
  externalEntries?: boolean;
  /** The external entries' width when they carry a note (the Compare panel lays out the same picture). */
  externalEntryWidth?: number;
}

export interface RequestRun {
  from: string;
  service: string;
  port: number;
  /** The IP family the requests went over (a dual-stack Service's route of that family). */
  family?: IPFamilyName;
  count: number;
  /** Requests per endpoint pod ("ns/name"), plus "dropped" / "rejected". */
  counts: Record<string, number>;
}

export interface RequestsSlice {
  requestRun: RequestRun | null;
  /** kube-proxy's ClientIP affinity entries, on the timeline's simulated time. */
  affinity: AffinityTable;
  /** `family`: over a dual-stack Service's route of that IP family (default its primary's). */
  sendRequests(from: string, service: string, port: number, count: number, family?: IPFamilyName): void;
}

export type StoreState = WorkspaceSlice &
  AnalysisSlice &
  SelectionSlice &
  ViewSlice &
  IPFamilySlice &
  RequestsSlice &
  TerminalSlice &
  TimelineSlice &
  VersionsSlice &
  TourSlice &
  HighlightSlice;
