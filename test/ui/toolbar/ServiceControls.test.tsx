// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, expect, test } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { createPlaygroundStore, installPlaygroundStore, useStore } from '../../../src/state';
import { ServiceControls } from '../../../src/ui/toolbar/ServiceControls';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// Each test works on a store of its own.
beforeEach(() => {
  installPlaygroundStore(createPlaygroundStore());
});

const service = {
  name: 'svc.yaml',
  text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports:\n    - port: 80\n',
};

test('says the YAML has errors, not that there is no Service, while the Service file does not parse', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  const report = analyzeFiles([service]);
  act(() => useStore.setState({ files: [{ ...service, text: `${service.text}  ports: [oops` }], report, stale: true }));
  act(() => root.render(<ServiceControls />));
  expect(host.textContent).toContain('The YAML has errors (see Problems)');

  act(() => useStore.setState({ files: [], report: analyzeFiles([]), stale: false }));
  expect(host.textContent).toBe('No Service in the workspace.');
  act(() => root.unmount());
});

test('trafficDistribution choices follow the Versions panel at once, and say when a gate refuses a value', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  const report = analyzeFiles([service], { kubernetesVersion: '1.34' });
  const labels = () =>
    [...host.querySelectorAll<HTMLOptionElement>('[data-testid="control-trafficDistribution"] option')].map((o) => o.textContent);
  act(() => useStore.setState({ files: [service], report, stale: false, kubernetesVersion: '1.34', controlPlaneGates: {} }));
  act(() => root.render(<ServiceControls />));
  expect(labels()).toEqual(['unset', 'PreferClose', 'PreferSameZone', 'PreferSameNode']);

  // The gate turned off in the Versions panel: the report (still the last one) does not decide.
  act(() => useStore.setState({ controlPlaneGates: { PreferSameTrafficDistribution: false } }));
  expect(labels()).toEqual(['unset', 'PreferClose', 'PreferSameZone (gate off)', 'PreferSameNode (gate off)']);

  act(() => useStore.setState({ kubernetesVersion: '1.32', controlPlaneGates: {} }));
  expect(labels()).toEqual(['unset', 'PreferClose', 'PreferSameZone (not in v1.32)', 'PreferSameNode (not in v1.32)']);
  act(() => root.unmount());
});
