import { describe, expect, it, vi } from 'vitest';
import { keepAside, keepUnreadable, keptRecords, readSave, takeKept } from '../../../src/io/persistence/localSave';
import { KEPT_MAX, SAVE_KEY, UNREADABLE_KEY, writeSave } from '../../../src/io/persistence/savedRecord';
import { WorkspaceSaver } from '../../../src/io/persistence/workspaceSaver';
import type { ShareStateV1 } from '../../../src/io/share/shareTypes';
import { safeStorage } from '../../../src/state/storage';
import { fakeStorage } from '../../state/fakeStorage';

const state = (text: string): ShareStateV1 => ({ v: 1, files: [{ name: 'a.yaml', text }], kubernetesVersion: '1.34' });
const hooks = () => ({ failed: vi.fn(), recovered: vi.fn(), conflict: vi.fn() });

describe('WorkspaceSaver', () => {
  it('says once that a save failed (storage full), and again when saving works again', () => {
    const raw = fakeStorage({ quota: 300 });
    const h = hooks();
    const saver = new WorkspaceSaver(
      safeStorage(() => raw),
      h,
    );
    expect(saver.save(state('x'.repeat(500)))).toBe(false);
    expect(saver.save(state('y'.repeat(500)))).toBe(false);
    expect(h.failed).toHaveBeenCalledTimes(1);
    expect(h.failed).toHaveBeenCalledWith('full');
    expect(saver.save(state('small'))).toBe(true);
    expect(h.recovered).toHaveBeenCalledTimes(1);
  });

  it('does not build and write again a record storage refused as full, until the workspace is smaller', () => {
    const raw = fakeStorage({ quota: 300 });
    const writes = vi.spyOn(raw, 'setItem');
    const h = hooks();
    const saver = new WorkspaceSaver(
      safeStorage(() => raw),
      h,
    );
    expect(saver.save(state('x'.repeat(500)))).toBe(false);
    const tried = writes.mock.calls.length;
    expect(tried).toBeGreaterThan(0);
    expect(saver.save(state('y'.repeat(501)))).toBe(false);
    expect(writes.mock.calls.length).toBe(tried);
    expect(h.failed).toHaveBeenCalledTimes(1);
    expect(saver.save(state('z'.repeat(120)))).toBe(true);
    expect(h.recovered).toHaveBeenCalledTimes(1);
  });

  it('never overwrites another tab’s newer save: it pauses and says so, until the user chooses', () => {
    const raw = fakeStorage();
    const storage = safeStorage(() => raw);
    const h = hooks();
    const saver = new WorkspaceSaver(storage, h);
    expect(saver.save(state('mine'))).toBe(true);
    // Another tab writes its own record (another tab id).
    const other = JSON.stringify({ schema: 1, savedAt: '2026-01-01T00:00:00Z', state: state('theirs'), tab: 'other-tab' });
    raw.setItem(SAVE_KEY, other);
    saver.externalChange(SAVE_KEY, other);
    expect(h.conflict).toHaveBeenCalledTimes(1);
    expect(saver.save(state('mine, later'))).toBe(false);
    expect(raw.getItem(SAVE_KEY)).toBe(other);
    saver.adoptCurrent();
    expect(saver.save(state('mine, chosen'))).toBe(true);
  });

  it('notices another tab’s save even without the storage event, before writing', () => {
    const raw = fakeStorage();
    const h = hooks();
    const saver = new WorkspaceSaver(
      safeStorage(() => raw),
      h,
    );
    raw.setItem(SAVE_KEY, JSON.stringify({ schema: 1, savedAt: 'x', state: state('theirs'), tab: 'other-tab' }));
    expect(saver.save(state('mine'))).toBe(false);
    expect(h.conflict).toHaveBeenCalledTimes(1);
  });

  it('reports storage that cannot be used at all', () => {
    const h = hooks();
    const saver = new WorkspaceSaver(
      safeStorage(() => fakeStorage({ blocked: true })),
      h,
    );
    expect(saver.checkAccess()).toBe(false);
    expect(h.failed).toHaveBeenCalledWith('unavailable');
  });
});

describe('saves kept aside', () => {
  it('an unreadable save (newer schema, damaged) is moved aside as found and reported with the reason', () => {
    const raw = fakeStorage();
    const newer = JSON.stringify({ schema: 2, state: {} });
    raw.setItem(SAVE_KEY, newer);
    const read = readSave(raw);
    expect(read).toEqual({ ok: false, error: 'it was saved by a newer version of the playground (format 2)', text: newer });
    expect(keepUnreadable(newer, raw)).toBe(true);
    expect(raw.getItem(UNREADABLE_KEY)).toBe(newer);
    expect(raw.getItem(SAVE_KEY)).toBeNull();
    raw.setItem(SAVE_KEY, '{');
    expect(readSave(raw)).toMatchObject({ ok: false, error: 'it is not valid JSON (damaged)' });
    // The slot is taken by the first one: the second is not moved (and so not lost).
    expect(keepUnreadable('{', raw)).toBe(false);
    expect(raw.getItem(UNREADABLE_KEY)).toBe(newer);
  });

  it('keeps the newest saved works first, at most KEPT_MAX, and gives them back', () => {
    const raw = fakeStorage();
    for (let i = 0; i < KEPT_MAX + 2; i++) {
      const saved = writeSave(state(`w${i}`), raw);
      expect(saved.ok && keepAside(saved.text, raw)).toBe(true);
    }
    expect(keptRecords(raw)).toHaveLength(KEPT_MAX);
    expect(takeKept(raw)).toContain(`w${KEPT_MAX + 1}`);
    expect(keptRecords(raw)).toHaveLength(KEPT_MAX - 1);
  });
});
