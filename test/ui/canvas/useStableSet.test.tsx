// @vitest-environment happy-dom
import { act, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import { useStableSet } from '../../../src/ui/canvas/stableNodes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

test('useStableSet keeps the earlier Set while the members are the same, so a memo keyed on it does not re-run', () => {
  const seen: ReadonlySet<string>[] = [];
  let builds = 0;
  function Probe({ reached }: { reached: Set<string> }) {
    const stable = useStableSet(reached);
    useMemo(() => {
      builds++;
      return stable.size;
    }, [stable]);
    seen.push(stable);
    return null;
  }
  const host = document.createElement('div');
  const root = createRoot(host);
  const first = new Set(['pod:a', 'node:n1']);
  act(() => root.render(<Probe reached={first} />));
  // Another rule of the same route: a new Set, the same members in another order.
  act(() => root.render(<Probe reached={new Set(['node:n1', 'pod:a'])} />));
  expect(seen.at(-1)).toBe(first);
  expect(builds).toBe(1);
  const other = new Set(['pod:b']);
  act(() => root.render(<Probe reached={other} />));
  expect(seen.at(-1)).toBe(other);
  expect(builds).toBe(2);
  act(() => root.render(<Probe reached={new Set()} />));
  expect(seen.at(-1)!.size).toBe(0);
  expect(builds).toBe(3);
  act(() => root.unmount());
});
