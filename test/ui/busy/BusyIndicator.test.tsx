// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useBusy } from '../../../src/state/busyStore';
import { BUSY_DELAY_MS, BusyIndicator } from '../../../src/ui/busy/BusyIndicator';
import { stageText } from '../../../src/ui/busy/stageText';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeEach(() => {
  vi.useFakeTimers();
  useBusy.setState({ since: null, stage: null, cancelled: false, cancel: null });
});
afterEach(() => vi.useRealTimers());

test('after the delay, the stage in Kubernetes’ words; the live region names each stage once, without its counts', () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<BusyIndicator />));
  let cancelled = 0;
  act(() => useBusy.getState().start(() => cancelled++));
  expect(host.querySelector('[data-testid="busy-indicator"]')).toBeNull();
  act(() => vi.advanceTimersByTime(BUSY_DELAY_MS));
  const stage = () => host.querySelector('[data-testid="busy-stage"]')!.textContent;
  const live = () => host.querySelector('[data-testid="busy-live"]');
  expect(stage()).toBe('Analysing…');

  act(() => useBusy.getState().progress({ stage: 'parse', done: 12_000, total: 51_200 }));
  expect(stage()).toBe('Parsing 12,000 of 51,200 documents…');
  expect(live()!.textContent).toBe('Parsing the documents…');
  expect(live()!.getAttribute('aria-live')).toBe('polite');
  // The counts move; what is announced does not.
  act(() => useBusy.getState().progress({ stage: 'parse', done: 24_000, total: 51_200 }));
  expect(stage()).toBe('Parsing 24,000 of 51,200 documents…');
  expect(live()!.textContent).toBe('Parsing the documents…');
  // Only the live region is live: the box around it is not.
  expect(host.querySelectorAll('[aria-live]')).toHaveLength(1);

  act(() => useBusy.getState().progress({ stage: 'services', done: 1_200, total: 2_000 }));
  expect(stage()).toBe('EndpointSlice controller and kube-proxy views: 1,200 of 2,000 Services…');
  expect(live()!.textContent).toBe('EndpointSlice controller and kube-proxy views…');

  act(() => (host.querySelector('[data-testid="busy-cancel"]') as HTMLButtonElement).click());
  expect(cancelled).toBe(1);
  expect(host.querySelector('[data-testid="busy-cancelled"]')).not.toBeNull();
  expect(useBusy.getState().stage).toBeNull();
  act(() => root.unmount());
});

test('every stage has its words', () => {
  expect(stageText(null).text).toBe('Analysing…');
  expect(stageText({ stage: 'decode', done: 0, total: 1 }).text).toBe('API server: decoding and validating 0 of 1 object…');
  expect(stageText({ stage: 'events', done: 0, total: 3 }).text).toBe('Replaying 3 cluster events…');
  expect(stageText({ stage: 'schedule', done: 0, total: 0 }).text).toBe('Scheduler: placing pods on nodes…');
  expect(stageText({ stage: 'routes', done: 7, total: 2_100 }).text).toBe('Client routes: 7 of 2,100 Service ports…');
  expect(stageText({ stage: 'handoff', done: 0, total: 0 }).text).toBe('Handing the report to the page…');
});
