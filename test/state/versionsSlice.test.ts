import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../../src/state';
import { versionOptions } from '../../src/state/versionsSlice';

describe('versions slice', () => {
  it('passes only what is set', () => {
    expect(versionOptions({ kubeProxyVersion: null, controlPlaneGates: {} })).toEqual({});
    expect(versionOptions({ kubeProxyVersion: '1.33', controlPlaneGates: { PreferSameTrafficDistribution: true } })).toEqual({
      kubeProxyVersion: '1.33',
      featureGates: { PreferSameTrafficDistribution: true },
    });
  });

  it('a kube-proxy version and a control-plane gate reach the analysis', async () => {
    const store = createPlaygroundStore();
    await store.getState().whenAnalysed();
    store.getState().setKubernetesVersion('1.33');
    store.getState().setKubeProxyVersion('1.32');
    store.getState().setControlPlaneGate('PreferSameTrafficDistribution', true);
    await store.getState().whenAnalysed();
    const report = store.getState().report!;
    expect(report.kubernetesVersion).toBe('1.33');
    expect(report.kubeProxyVersion).toBe('1.32');
    expect(report.featureGates.controlPlane.PreferSameTrafficDistribution).toBe(true);
    store.getState().setControlPlaneGate('PreferSameTrafficDistribution', undefined);
    store.getState().setKubeProxyVersion(null);
    await store.getState().whenAnalysed();
    expect(store.getState().report!.kubeProxyVersion).toBeUndefined();
    expect(store.getState().report!.featureGates.controlPlane.PreferSameTrafficDistribution).toBe(false);
  });
});
