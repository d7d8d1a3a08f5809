// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, expect, test } from 'vitest';
import { createPlaygroundStore, installPlaygroundStore, useStore } from '../../../../src/state';
import { TimelineControls } from '../../../../src/ui/panels/timeline/TimelineControls';
import { actionById, shortcutText } from '../../../../src/ui/actions/registry';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// Each test works on a store of its own.
beforeEach(() => {
  installPlaygroundStore(createPlaygroundStore());
});

test('one pair of step buttons, named with the registry’s keys (page-wide and in the panel), no separate undo/redo', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<TimelineControls />));
  const back = host.querySelector<HTMLButtonElement>('[data-testid="timeline-back"]')!;
  const forward = host.querySelector<HTMLButtonElement>('[data-testid="timeline-forward"]')!;
  expect(back.getAttribute('aria-keyshortcuts')).toBe('Alt+Z ArrowLeft');
  expect(forward.getAttribute('aria-keyshortcuts')).toBe('Alt+Y ArrowRight');
  expect(back.title).toBe(`Undo the last cluster event (${shortcutText(actionById('timeline-back'))})`);
  expect(back.title).toBe('Undo the last cluster event (Alt+Z / ←)');
  expect(forward.title).toBe('Redo the last undone cluster event (Alt+Y / →)');
  const labels = [...host.querySelectorAll('button')].map((b) => b.textContent);
  expect(labels.filter((l) => /undo|redo/i.test(l ?? ''))).toEqual([]);
  act(() => root.unmount());
});

test('step back and forward move the cursor one event and stop at either end', () => {
  const cordon = (id: string, at: number) => ({ id, at, label: id, event: { type: 'node.cordon' as const, node: 'mnode-m02' } });
  // The analysis is not what is tested here: only where the cursor goes.
  useStore.setState({ timeline: [cordon('a', 1), cordon('b', 2)], cursor: 2, now: 2, scheduleAnalysis: () => {} });
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<TimelineControls />));
  const back = host.querySelector<HTMLButtonElement>('[data-testid="timeline-back"]')!;
  const forward = host.querySelector<HTMLButtonElement>('[data-testid="timeline-forward"]')!;
  expect(forward.disabled).toBe(true);
  act(() => back.click());
  expect(useStore.getState()).toMatchObject({ cursor: 1, now: 1 });
  act(() => back.click());
  expect(useStore.getState()).toMatchObject({ cursor: 0, now: 0 });
  expect(back.disabled).toBe(true);
  act(() => forward.click());
  expect(useStore.getState()).toMatchObject({ cursor: 1, now: 1 });
  act(() => root.unmount());
});
