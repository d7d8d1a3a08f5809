/**
 * Built-in scenarios: a set of files plus an optional guided tour whose steps the engine checks,
 * and challenges for workshop mode.
 */
import type { Check } from '../engine/checks';
import type { ClusterEvent, IpvsScheduler, ProxyMode, KubeVersion } from '../engine';
import type { WorkspaceFile } from '../workspace/objectLocations';

export interface Example {
  id: string;
  title: string;
  description: string;
  files: WorkspaceFile[];
  /** The file the editor opens on. */
  activeFile: string;
  /** The Service the toolbar edits. */
  service: string;
  kubernetesVersion: KubeVersion;
}

/** A Service field the toolbar sets (an edit of the YAML, undoable in the editor). */
export type ToolbarServiceField = 'trafficDistribution' | 'internalTrafficPolicy' | 'externalTrafficPolicy' | 'type' | 'sessionAffinity';

/** One thing a tour step does, the way a person would do it. */
export type StepAction =
  /** Typed into the terminal, e.g. `kubectl drain mnode-m02`. */
  | { command: string }
  /** A click on the canvas (its context menu), as a cluster event. */
  | { event: ClusterEvent; label: string }
  /** A toolbar control on a Service; edits the YAML. */
  | { toolbar: { service: string; field: ToolbarServiceField; value?: string } }
  /** The toolbar's kube-proxy mode; edits (or creates) the KubeProxyConfiguration file. */
  | { proxy: { mode: ProxyMode; scheduler?: IpvsScheduler } }
  /** Lets simulated time pass (grace periods, pods getting Ready). */
  | { wait: number };

export interface TourStep {
  title: string;
  /** What is going on and why it matters, in a few sentences. */
  text: string;
  /** What to perform, in order; none for a step that only observes. */
  actions: StepAction[];
  /** What to look at on the canvas or in the inspector. */
  observe: string;
  /** What the engine confirms once the actions are done. */
  checks: Check[];
}

export interface Challenge {
  id: string;
  title: string;
  /** The task, e.g. "make zone-b's clients stay in zone-b after node X fails". */
  text: string;
  /** Applied before the audience starts (e.g. the failure); nothing when empty. */
  setup: StepAction[];
  /** A nudge shown on request. */
  hint: string;
  /** One known answer: the unit tests apply it and expect the checks to pass. */
  solution: StepAction[];
  checks: Check[];
}

export interface Scenario extends Example {
  /** Position in the gallery, 1-based. */
  number: number;
  /** One line for the gallery card. */
  summary: string;
  tour: TourStep[];
  challenges: Challenge[];
}
