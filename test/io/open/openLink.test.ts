// @vitest-environment happy-dom
import { deflateSync, strToU8 } from 'fflate';
import { afterEach, expect, it } from 'vitest';
import { openLinkAtStartup } from '../../../src/io/open/openLink';
import { encodeShareFragment } from '../../../src/io/share/shareState';
import { shareHash } from '../../../src/io/share/shareFragment';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import { useStore } from '../../../src/state';
import { useNotice } from '../../../src/state/noticeStore';

const initial = useStore.getState();
const initialNotice = useNotice.getState();
afterEach(() => {
  useStore.setState(initial, true);
  useNotice.setState(initialNotice, true);
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

/** A `v1.` fragment holding `doc` compressed, as links are written. */
const compressed = (doc: unknown) => `v1.${Buffer.from(deflateSync(strToU8(JSON.stringify(doc)))).toString('base64url')}`;

it.each([
  [
    compressed({ v: 1, files: [{ name: 'a.yaml', text: ' '.repeat(6_000_000) }], kubernetesVersion: '1.34' }),
    'it is too large once decompressed',
  ],
  ['%3Cscript%3Ealert(1)%3C/script%3E', 'it does not start with a format version such as v1.'],
  ['v1.bm90IGRlZmxhdGU', 'its data is damaged'],
  [compressed({ v: 1, files: [{ name: '../../etc/passwd', text: '' }], kubernetesVersion: '1.34' }), expect.stringMatching(/slash/)],
])('a link that cannot be opened at start-up says why and shows the default scenario, the address bar cleared (%#)', (fragment, reason) => {
  history.replaceState(null, '', `/${shareHash(fragment)}`);
  openLinkAtStartup();
  const notice = useNotice.getState().notice;
  expect(notice?.kind).toBe('error');
  expect(notice?.text).toMatch(/^This link could not be opened: .+\. Showing the default scenario instead\.$/);
  expect(notice?.text.slice('This link could not be opened: '.length, -'. Showing the default scenario instead.'.length)).toEqual(reason);
  expect(useStore.getState().files.map((f) => f.name)).toEqual(seedDemo.files.map((f) => f.name));
  expect(location.hash).toBe('');
});
