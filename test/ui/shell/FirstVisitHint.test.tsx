// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, expect, test } from 'vitest';
import { FirstVisitHint } from '../../../src/ui/shell/FirstVisitHint';
import { findBuiltinScenario } from '../../../src/scenarios/examples';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import { createPlaygroundStore, installPlaygroundStore, useStore } from '../../../src/state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// Each test works on a store of its own.
beforeEach(() => {
  installPlaygroundStore(createPlaygroundStore());
});

test('the first-visit hint speaks of the seed demo, so it shows only while the seed demo’s files are open', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => useStore.setState({ files: seedDemo.files.map((f) => ({ ...f })), hintDismissed: false }));
  act(() => root.render(<FirstVisitHint />));
  expect(host.textContent).toContain('mnode-m02');

  // Edited, the seed demo still is what the hint describes.
  act(() => useStore.setState({ files: seedDemo.files.map((f, i) => (i === 2 ? { ...f, text: `${f.text}\n` } : f)) }));
  expect(host.querySelector('[data-testid="first-visit-hint"]')).not.toBeNull();

  act(() => useStore.setState({ files: findBuiltinScenario('drain-pdb')!.files.map((f) => ({ ...f })) }));
  expect(host.querySelector('[data-testid="first-visit-hint"]')).toBeNull();

  // A tour (or a challenge) says what to do itself and changes the picture: no hint meanwhile.
  act(() => useStore.setState({ files: seedDemo.files.map((f) => ({ ...f })) }));
  expect(host.querySelector('[data-testid="first-visit-hint"]')).not.toBeNull();
  act(() => useStore.setState({ tour: { scenario: 'seed-demo', step: 1, performed: true, results: null, error: null } }));
  expect(host.querySelector('[data-testid="first-visit-hint"]')).toBeNull();
  act(() => useStore.setState({ tour: null }));

  act(() => useStore.setState({ files: seedDemo.files.map((f) => ({ ...f })), hintDismissed: true }));
  expect(host.querySelector('[data-testid="first-visit-hint"]')).toBeNull();
  act(() => root.unmount());
});
