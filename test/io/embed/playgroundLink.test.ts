import { describe, expect, it } from 'vitest';
import { embedUrl } from '../../../src/io/embed/embedUrl';
import { fragmentOf, playgroundLinkFor } from '../../../src/io/embed/playgroundLink';
import { decodeShareFragment } from '../../../src/io/share/shareState';
import { createPlaygroundStore } from '../../../src/state';

describe('Open in playground', () => {
  it('drops the embed query and keeps the path (any sub-path)', () => {
    const link = playgroundLinkFor(createPlaygroundStore().getState(), 'https://docs.example.org/tools/kube/?embed&view=canvas#old');
    expect(link).toMatch(/^https:\/\/docs\.example\.org\/tools\/kube\/#s=v1\./);
  });

  it("carries the embed's state: decoding the link gives the same files and version", async () => {
    const store = createPlaygroundStore();
    store
      .getState()
      .setFileText('client.yaml', '# edited in the embed\n' + store.getState().files.find((f) => f.name === 'client.yaml')!.text);
    store.getState().setKubernetesVersion('1.33');
    const link = playgroundLinkFor(store.getState(), 'http://127.0.0.1:4173/?embed');
    const decoded = decodeShareFragment(fragmentOf(new URL(link).hash)!);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.state.files).toEqual(store.getState().files.map((f) => ({ name: f.name, text: f.text })));
    expect(decoded.state.kubernetesVersion).toBe('1.33');
    await store.getState().whenAnalysed();
  });

  it('reads the fragment with or without an s= prefix', () => {
    expect(fragmentOf('#v1.abc')).toBe('v1.abc');
    expect(fragmentOf('#s=v1.abc')).toBe('v1.abc');
    expect(fragmentOf('#s=')).toBeNull();
    expect(fragmentOf('')).toBeNull();
  });

  it('builds embed URLs on the current page', () => {
    expect(embedUrl('http://h/sub/index.html?x=1#y', { view: 'split', theme: 'dark' }, 'v1.q')).toBe(
      'http://h/sub/index.html?embed&view=split&theme=dark#s=v1.q',
    );
  });
});
