// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../../src/state';

describe('view slice preferences', () => {
  beforeEach(() => localStorage.clear());

  it('remembers the theme and the dismissed hint across page loads', async () => {
    const first = createPlaygroundStore();
    expect(first.getState()).toMatchObject({ theme: 'system', hintDismissed: false });
    first.getState().setTheme('dark');
    first.getState().dismissHint();
    await first.getState().whenAnalysed();

    const second = createPlaygroundStore();
    expect(second.getState()).toMatchObject({ theme: 'dark', hintDismissed: true });
    await second.getState().whenAnalysed();
  });

  it('ignores a stored theme it does not know', () => {
    localStorage.setItem('ktp.theme', 'purple');
    expect(createPlaygroundStore().getState().theme).toBe('system');
  });
});
