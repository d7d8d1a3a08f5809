// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { openLinkAtStartup } from '../../../src/io/open/openLink';
import { encodeShareFragment } from '../../../src/io/share/shareState';
import { shareHash } from '../../../src/io/share/shareFragment';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import { useStore } from '../../../src/state';

const initial = useStore.getState();
afterEach(() => {
  useStore.setState(initial, true);
  localStorage.clear();
  history.replaceState(null, '', '/');
});

it('a shared link (even of the seed demo, edited) hides the first-visit hint for the visit, without dismissing it for good', () => {
  useStore.setState({ hintDismissed: false });
  const files = seedDemo.files.map((f, i) =>
    i === 2 ? { ...f, text: f.text.replace('spec:', 'spec:\n  trafficDistribution: PreferSameNode') } : f,
  );
  history.replaceState(
    null,
    '',
    `/${shareHash(encodeShareFragment({ v: 1, files, kubernetesVersion: '1.34', activeFile: files[2]!.name }))}`,
  );
  openLinkAtStartup();
  expect(useStore.getState().files.map((f) => f.text)).toEqual(files.map((f) => f.text));
  expect(useStore.getState().hintDismissed).toBe(true);
  expect(Object.keys(localStorage).some((k) => k.includes('hintDismissed'))).toBe(false);
});
