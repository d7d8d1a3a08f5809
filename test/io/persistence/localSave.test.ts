// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, startAutosave } from '../../../src/io/persistence/autosave';
import { readLocalSave, SAVE_KEY, saveLocally } from '../../../src/io/persistence/localSave';
import { hasOwnWork } from '../../../src/io/persistence/workspaceReset';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import type { ShareStateV1 } from '../../../src/io/share/shareState';
import { createPlaygroundStore } from '../../../src/state';

const state: ShareStateV1 = { v: 1, files: [{ name: 'a.yaml', text: 'kind: Pod\n' }], kubernetesVersion: '1.35', activeFile: 'a.yaml' };

afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
});

describe('local save', () => {
  it('reads back what it wrote', () => {
    expect(saveLocally(state)).toBe(true);
    expect(readLocalSave()).toEqual(state);
  });

  it('ignores a record of another schema, broken JSON and invalid states', () => {
    localStorage.setItem(SAVE_KEY, JSON.stringify({ schema: 99, state }));
    expect(readLocalSave()).toBeNull();
    localStorage.setItem(SAVE_KEY, '{');
    expect(readLocalSave()).toBeNull();
    localStorage.setItem(SAVE_KEY, JSON.stringify({ schema: 1, state: { ...state, files: [{ name: 'a/b', text: '' }] } }));
    expect(readLocalSave()).toBeNull();
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    } as unknown as Storage;
    expect(saveLocally(state, broken)).toBe(false);
    expect(readLocalSave(broken)).toBeNull();
  });
});

describe('autosave', () => {
  it('saves once, a moment after a burst of edits, and not for unrelated changes', () => {
    vi.useFakeTimers();
    const store = createPlaygroundStore();
    const save = vi.fn(() => true);
    const stop = startAutosave(store, save);
    store.getState().setDockPanel('x');
    store.getState().setFileText('client.yaml', '# 1\n');
    store.getState().setFileText('client.yaml', '# 2\n');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect((save.mock.calls[0] as unknown as [ShareStateV1])[0].files.find((f) => f.name === 'client.yaml')?.text).toBe('# 2\n');
    store.getState().setKubernetesVersion('1.31');
    stop();
    expect(save).toHaveBeenCalledTimes(2);
  });
});

describe('hasOwnWork', () => {
  it('is false for a built-in scenario or an empty workspace, true once edited', () => {
    expect(hasOwnWork({ files: seedDemo.files })).toBe(false);
    expect(hasOwnWork({ files: [{ name: 'cluster.yaml', text: '  \n' }] })).toBe(false);
    expect(hasOwnWork({ files: [...seedDemo.files.slice(1), seedDemo.files[0]!] })).toBe(true);
    expect(hasOwnWork({ files: [{ name: 'x.yaml', text: 'kind: Pod' }] })).toBe(true);
  });
});
