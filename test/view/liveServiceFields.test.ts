// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../../src/state';
import { liveOverride, patchCommand } from '../../src/view/liveServiceFields';

describe('liveOverride and patchCommand', () => {
  it('sees a kubectl patch on the live cluster, and a patch back puts live and files in step again', async () => {
    const store = createPlaygroundStore();
    await store.getState().whenAnalysed();
    const service = () => store.getState().report!.services.find((s) => s.key === 'default/echo-svc');
    expect(liveOverride(store.getState().drift, service(), 'internalTrafficPolicy')).toBeNull();

    const patched = await store.getState().runTerminalCommand(patchCommand('default/echo-svc', 'internalTrafficPolicy', 'Local'));
    expect(patched.exitCode).toBe(0);
    await store.getState().whenAnalysed();
    expect(liveOverride(store.getState().drift, service(), 'internalTrafficPolicy')).toEqual({ value: 'Local' });
    // Other fields still read from the files.
    expect(liveOverride(store.getState().drift, service(), 'trafficDistribution')).toBeNull();

    // Choosing Cluster acts on what is shown, the live cluster: routing is Cluster again.
    const back = await store.getState().runTerminalCommand(patchCommand('default/echo-svc', 'internalTrafficPolicy', undefined));
    expect(back.exitCode).toBe(0);
    await store.getState().whenAnalysed();
    expect(service()!.internalTrafficPolicy).toBe('Cluster');
  });

  it('writes a merge patch in the Kubernetes docs’ form, null to remove a field', () => {
    expect(patchCommand('default/echo-svc', 'internalTrafficPolicy', 'Cluster')).toBe(
      `kubectl patch svc echo-svc -n default --type merge -p '{"spec":{"internalTrafficPolicy":"Cluster"}}'`,
    );
    expect(patchCommand('shop/web', 'trafficDistribution', undefined)).toBe(
      `kubectl patch svc web -n shop --type merge -p '{"spec":{"trafficDistribution":null}}'`,
    );
  });
});
