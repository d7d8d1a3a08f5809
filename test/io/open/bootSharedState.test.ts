// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveLocally } from '../../../src/io/persistence/savedRecord';
import { bootSharedState } from '../../../src/io/open/bootSharedState';
import { encodeShareFragment, type ShareStateV1 } from '../../../src/io/share/shareState';
import { createPlaygroundStore, installPlaygroundStore, useStore } from '../../../src/state';

const linked: ShareStateV1 = {
  v: 1,
  files: [{ name: 'linked.yaml', text: 'kind: Pod\n' }],
  kubernetesVersion: '1.33',
  activeFile: 'linked.yaml',
};
const saved: ShareStateV1 = {
  v: 1,
  files: [{ name: 'saved.yaml', text: 'kind: Service\n' }],
  kubernetesVersion: '1.34',
  activeFile: 'saved.yaml',
};

function fileNames(): string[] {
  return useStore.getState().files.map((f) => f.name);
}

// Each test starts the page with a store of its own.
beforeEach(() => {
  installPlaygroundStore(createPlaygroundStore());
});
afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

// `?embed=0` is the full playground (isEmbedSearch): it opens links and saves like a plain page.
describe.each(['', '?embed=0', '?embed=false'])('start-up of the page at /%s', (search) => {
  it('opens a #s= link and takes it out of the address bar', async () => {
    history.replaceState(null, '', `/${search}#s=${encodeShareFragment(linked)}`);
    const started = bootSharedState();
    expect(started).toBeInstanceOf(Promise);
    await started;
    expect(fileNames()).toEqual(['linked.yaml']);
    expect(useStore.getState().kubernetesVersion).toBe('1.33');
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe(search);
  });

  it('renders at once when there is neither a link nor a save', () => {
    history.replaceState(null, '', `/${search}`);
    expect(bootSharedState()).toBeUndefined();
  });

  it('reopens the workspace saved in this browser', async () => {
    history.replaceState(null, '', `/${search}`);
    expect(saveLocally(saved)).toBe(true);
    const started = bootSharedState();
    expect(started).toBeInstanceOf(Promise);
    await started;
    expect(fileNames()).toEqual(['saved.yaml']);
    expect(useStore.getState().kubernetesVersion).toBe('1.34');
  });
});
