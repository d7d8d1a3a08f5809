// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, expect, test, vi } from 'vitest';
import { emphasiseRouteEdges } from '../../../src/view/edgeEmphasis';
import { buildRouteGeometry } from '../../../src/view/routeGeometry';
import { TopologyCanvas } from '../../../src/ui/canvas/TopologyCanvas';
import { createPlaygroundStore, installPlaygroundStore, useStore } from '../../../src/state';
import { chipsDemo } from '../../fixtures/chipsDemo';

// The real passes, watched: which one the canvas re-runs on what.
vi.mock('../../../src/view/routeGeometry', async (original) => {
  const actual = await original<typeof import('../../../src/view/routeGeometry')>();
  return { ...actual, buildRouteGeometry: vi.fn(actual.buildRouteGeometry) };
});
vi.mock('../../../src/view/edgeEmphasis', async (original) => {
  const actual = await original<typeof import('../../../src/view/edgeEmphasis')>();
  return { ...actual, emphasiseRouteEdges: vi.fn(actual.emphasiseRouteEdges) };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// Each test works on a store of its own.
beforeEach(() => {
  installPlaygroundStore(createPlaygroundStore());
});

test('a selection or a hovered rule re-runs the emphasis on the same route geometry; a new report redraws it', () => {
  const geometry = vi.mocked(buildRouteGeometry);
  const emphasis = vi.mocked(emphasiseRouteEdges);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => useStore.setState({ report: chipsDemo().report, stale: false, selection: null, highlight: null }));
  act(() => root.render(<TopologyCanvas />));
  const drawnCalls = geometry.mock.calls.length;
  expect(drawnCalls).toBeGreaterThan(0);
  const drawn = geometry.mock.results.at(-1)!.value as ReturnType<typeof buildRouteGeometry>;
  expect(drawn.length).toBeGreaterThan(1);

  const { node, service, port } = drawn[0]!.route;
  const pod = drawn[0]!.members[0]!.targetPod!;
  const emphasised = emphasis.mock.calls.length;
  act(() => useStore.getState().select({ kind: 'pod', id: pod }));
  act(() => useStore.getState().setHighlight({ node, service, port, origin: 'rules' }));
  act(() => useStore.getState().setHighlight(null));
  expect(geometry.mock.calls.length).toBe(drawnCalls);
  const runs = emphasis.mock.calls.slice(emphasised);
  expect(runs.map(([, selection, highlight]) => [selection, highlight?.origin ?? null])).toEqual([
    [{ kind: 'pod', id: pod }, null],
    [{ kind: 'pod', id: pod }, 'rules'],
    [{ kind: 'pod', id: pod }, null],
  ]);
  for (const [input] of runs) expect(input).toBe(drawn);

  act(() => useStore.setState({ report: chipsDemo(41).report }));
  expect(geometry.mock.calls.length).toBeGreaterThan(drawnCalls);
  act(() => root.unmount());
  host.remove();
});
