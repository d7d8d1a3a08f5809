/** The IP family shown for a dual-stack Service travels in links and saves; older links open without it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureShareState, decodeShareFragment, encodeShareFragment, restoreShareState } from '../../../src/io/share/shareState';
import { validateShareState } from '../../../src/io/share/validateShareState';
import { createPlaygroundStore } from '../../../src/state';
import { V1_PINNED_LINK } from '../../fixtures/shareLinks';

const DUAL = { name: 'cluster.yaml', text: readFileSync('test/fixtures/dual-stack/kind-dual-cluster.yaml', 'utf8') };

describe('ipFamily in the shared state', () => {
  it('round-trips through a link into a fresh store', async () => {
    const store = createPlaygroundStore();
    store.getState().loadExample({
      id: 'shared',
      title: 'Dual stack',
      description: '',
      files: [DUAL],
      activeFile: DUAL.name,
      service: 'default/web',
      kubernetesVersion: '1.34',
    });
    store.getState().setIpFamily('IPv6');
    await store.getState().whenAnalysed();
    const shared = captureShareState(store.getState());
    expect(shared.ipFamily).toBe('IPv6');

    const decoded = decodeShareFragment(encodeShareFragment(shared));
    expect(decoded).toEqual({ ok: true, state: shared });
    const other = createPlaygroundStore();
    other.getState().setIpFamily('IPv4');
    restoreShareState(shared, other);
    expect(other.getState().ipFamily).toBe('IPv6');
    // A state without it (a link made before, or with the primary family) shows the primary family.
    restoreShareState({ ...shared, ipFamily: undefined }, other);
    expect(other.getState().ipFamily).toBeNull();
  });

  it('leaves it out while no family was chosen', () => {
    const store = createPlaygroundStore();
    expect(captureShareState(store.getState())).not.toHaveProperty('ipFamily');
  });

  it('keeps only IPv4 or IPv6, dropping anything else', () => {
    const base = { v: 1, files: [DUAL], kubernetesVersion: '1.34' };
    for (const bad of ['IPv7', 'ipv6', 6, null, { family: 'IPv6' }, '<img src=x onerror=alert(1)>']) {
      const checked = validateShareState({ ...base, ipFamily: bad });
      expect(checked.ok).toBe(true);
      expect(checked.ok && checked.state).not.toHaveProperty('ipFamily');
    }
    const good = validateShareState({ ...base, ipFamily: 'IPv6' });
    expect(good.ok && good.state.ipFamily).toBe('IPv6');
  });

  it('opens the link pinned at the v1 release without one', () => {
    const decoded = decodeShareFragment(V1_PINNED_LINK);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.state).not.toHaveProperty('ipFamily');
  });
});
