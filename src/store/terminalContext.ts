/** The terminal's view of the store: the report, the files and the live objects at the timeline's cursor. */
import type { PodLifecycle } from '../engine/events';
import { decodeCluster } from '../engine/decode/decodeCluster';
import type { ClusterState } from '../engine/model';
import { parseManifests } from '../engine/parse/parseManifests';
import { deriveSeed } from '../engine/random';
import type { TerminalContext } from '../terminal/context';
import type { StoreState } from './types';

let cachedFiles: unknown = null;
let cachedVersion: unknown = null;
let cachedCluster: ClusterState | null = null;

/** The objects of the files, decoded once per change of the files (the fallback when no simulation is kept). */
function decodedFiles(state: StoreState): ClusterState | null {
  if (cachedFiles !== state.files || cachedVersion !== state.kubernetesVersion) {
    cachedFiles = state.files;
    cachedVersion = state.kubernetesVersion;
    try {
      cachedCluster = decodeCluster(parseManifests(state.files).documents, { version: state.kubernetesVersion }).cluster;
    } catch {
      cachedCluster = null;
    }
  }
  return cachedCluster;
}

interface SimulationView {
  simulation?: { cluster: ClusterState; pods: Record<string, PodLifecycle> } | null;
  liveCluster?: ClusterState | null;
  now?: number;
}

export function terminalContext(state: StoreState): TerminalContext {
  const view = state as StoreState & SimulationView;
  const cluster = view.simulation?.cluster ?? view.liveCluster ?? decodedFiles(state);
  return {
    report: state.report,
    files: state.files,
    cluster,
    ...(view.simulation?.pods ? { lifecycle: view.simulation.pods } : {}),
    now: typeof view.now === 'number' ? view.now : 0,
    seed: deriveSeed(state.seed, `terminal#${state.terminalHistory.length}`),
  };
}
