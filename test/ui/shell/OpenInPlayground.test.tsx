// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { OpenInPlayground } from '../../../src/ui/shell/OpenInPlayground';
import { fragmentOf, playgroundLinkFor } from '../../../src/io/embed/playgroundLink';
import { LINK_DELAY_MS } from '../../../src/ui/shell/usePlaygroundLink';
import { decodeShareFragment } from '../../../src/io/share/shareState';
import { createPlaygroundStore, installPlaygroundStore, useStore } from '../../../src/state';

// The real link builder, watched: how often the state is encoded.
vi.mock('../../../src/io/embed/playgroundLink', async (original) => {
  const actual = await original<typeof import('../../../src/io/embed/playgroundLink')>();
  return { ...actual, playgroundLinkFor: vi.fn(actual.playgroundLinkFor) };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// Each test works on a store of its own.
beforeEach(() => {
  installPlaygroundStore(createPlaygroundStore());
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function versionIn(link: HTMLAnchorElement): string | undefined {
  const decoded = decodeShareFragment(fragmentOf(new URL(link.href).hash)!);
  return decoded.ok ? decoded.state.kubernetesVersion : undefined;
}

test('the link follows the state a moment after the last change, and at once when the reader reaches for it', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<OpenInPlayground />));
  const link = host.querySelector('a')!;
  const initialVersion = useStore.getState().kubernetesVersion;
  expect(versionIn(link)).toBe(initialVersion);

  act(() => useStore.setState({ kubernetesVersion: '1.31' }));
  act(() => vi.advanceTimersByTime(LINK_DELAY_MS - 1));
  act(() => useStore.setState({ kubernetesVersion: '1.32' }));
  act(() => vi.advanceTimersByTime(LINK_DELAY_MS - 1));
  expect(versionIn(link)).toBe(initialVersion);
  act(() => vi.advanceTimersByTime(1));
  expect(versionIn(link)).toBe('1.32');

  act(() => useStore.setState({ kubernetesVersion: '1.33' }));
  expect(versionIn(link)).toBe('1.32');
  act(() => link.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
  expect(versionIn(link)).toBe('1.33');

  act(() => root.unmount());
  expect(vi.getTimerCount()).toBe(0);
});

test('one click encodes the state at most once, and not at all when nothing it carries changed', () => {
  const encodes = vi.mocked(playgroundLinkFor);
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<OpenInPlayground />));
  const link = host.querySelector('a')!;
  const reach = () => {
    for (const type of ['pointerdown', 'focusin', 'contextmenu']) act(() => link.dispatchEvent(new Event(type, { bubbles: true })));
  };
  const before = encodes.mock.calls.length;
  act(() => useStore.setState({ report: null, playing: !useStore.getState().playing }));
  reach();
  expect(encodes.mock.calls.length).toBe(before);

  act(() => useStore.setState({ kubernetesVersion: '1.31' }));
  reach();
  expect(encodes.mock.calls.length).toBe(before + 1);
  expect(versionIn(link)).toBe('1.31');
  act(() => vi.advanceTimersByTime(LINK_DELAY_MS));
  expect(encodes.mock.calls.length).toBe(before + 1);
  act(() => root.unmount());
});
