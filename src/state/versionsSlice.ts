/**
 * Analysis options about versions: kube-proxy's own version (version skew) and the control
 * plane's feature gates. kube-proxy's gates live in the workspace's KubeProxyConfiguration.
 */
import type { StateCreator } from 'zustand';
import type { AnalyzeOptions } from '../engine/analyze';
import { applyGateOverrides, type FeatureGates, type KubeVersion } from '../engine';
import type { StoreState } from './types';

export interface VersionsSlice {
  /** null: kube-proxy runs the control plane's version. */
  kubeProxyVersion: KubeVersion | null;
  /** --feature-gates of the API server and the EndpointSlice controller (only the ones set). */
  controlPlaneGates: Record<string, boolean>;
  setKubeProxyVersion(version: KubeVersion | null): void;
  /** Sets a control-plane gate, or with undefined goes back to the version's default. */
  setControlPlaneGate(gate: string, value: boolean | undefined): void;
}

export const createVersionsSlice: StateCreator<StoreState, [], [], VersionsSlice> = (set, get) => ({
  kubeProxyVersion: null,
  controlPlaneGates: {},
  setKubeProxyVersion(version) {
    if (get().kubeProxyVersion === version) return;
    set({ kubeProxyVersion: version });
    get().scheduleAnalysis();
  },
  setControlPlaneGate(gate, value) {
    const gates = { ...get().controlPlaneGates };
    if (value === undefined) delete gates[gate];
    else gates[gate] = value;
    set({ controlPlaneGates: gates });
    get().scheduleAnalysis();
  },
});

/** The analysis options this slice contributes. */
export function versionOptions(
  state: Pick<VersionsSlice, 'kubeProxyVersion' | 'controlPlaneGates'>,
): Pick<AnalyzeOptions, 'kubeProxyVersion' | 'featureGates'> {
  const out: Pick<AnalyzeOptions, 'kubeProxyVersion' | 'featureGates'> = {};
  if (state.kubeProxyVersion) out.kubeProxyVersion = state.kubeProxyVersion;
  if (Object.keys(state.controlPlaneGates).length) out.featureGates = state.controlPlaneGates;
  return out;
}

/**
 * The control plane's gates as the next analysis will use them: the version's defaults with the
 * Versions panel's overrides (not the last report's, which lags one analysis behind).
 *
 * @example
 * controlPlaneGatesOf({ kubernetesVersion: '1.33', controlPlaneGates: { PreferSameTrafficDistribution: true } }).PreferSameTrafficDistribution; // true
 */
export function controlPlaneGatesOf(state: Pick<StoreState, 'kubernetesVersion' | 'controlPlaneGates'>): FeatureGates {
  return applyGateOverrides(state.kubernetesVersion, state.controlPlaneGates).gates;
}
