/** The terminal's view of the store: the report, the files and the live objects at the timeline's cursor. */
import { decodeCluster, simulateCluster, parseManifests, deriveSeed } from '../engine';
import type { ClusterState } from '../engine';
import type { TerminalContext } from '../kubectl/context';
import type { StoreState } from './types';
import { versionOptions } from './versionsSlice';

let cacheKey: unknown[] = [];
let cachedCluster: ClusterState | null = null;

/**
 * The live objects (Deployments' replicas and templates, Services' selectors, the pods the
 * scheduler placed) that the report does not spell out: the files' objects with the applied
 * events replayed, computed once per change.
 */
function liveCluster(state: StoreState): ClusterState | null {
  const events = state.timeline.slice(0, state.cursor);
  const now = state.now;
  const key = [state.files, state.kubernetesVersion, state.controlPlaneGates, state.kubeProxyVersion, state.timeline, state.cursor, now];
  if (key.some((k, i) => k !== cacheKey[i])) {
    cacheKey = key;
    try {
      // Decoded as the analysis decodes them: the Versions panel's gates decide what the API server accepts.
      const files = decodeCluster(parseManifests(state.files).documents, {
        version: state.kubernetesVersion,
        ...versionOptions(state),
      }).cluster;
      cachedCluster = simulateCluster(files, events, now).cluster;
    } catch {
      cachedCluster = null;
    }
  }
  return cachedCluster;
}

export function terminalContext(state: StoreState): TerminalContext {
  const live = state.report?.live;
  return {
    report: state.report,
    files: state.files,
    cluster: liveCluster(state),
    ...(live ? { lifecycle: live.pods } : {}),
    now: live?.now ?? state.now,
    seed: deriveSeed(state.seed, `terminal#${state.terminalHistory.length}`),
    affinity: state.affinity,
  };
}
