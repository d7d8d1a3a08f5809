import { describe, expect, it, vi } from 'vitest';
import { safeStorage } from '../../src/state/storage';
import { fakeStorage } from './fakeStorage';

describe('safeStorage: one door to localStorage that never throws', () => {
  it('reads, writes and removes', () => {
    const raw = fakeStorage();
    const storage = safeStorage(() => raw);
    expect(storage.write('a', '1')).toEqual({ ok: true });
    expect(storage.read('a')).toEqual({ ok: true, value: '1' });
    expect(storage.remove('a')).toEqual({ ok: true });
    expect(storage.read('a')).toEqual({ ok: true, value: null });
  });

  it('reports a full quota as `full`, to its listeners too', () => {
    const storage = safeStorage(() => fakeStorage({ quota: 5 }));
    const listener = vi.fn();
    storage.onProblem(listener);
    expect(storage.write('k', 'too long')).toEqual({ ok: false, problem: 'full' });
    expect(listener).toHaveBeenCalledWith('full', 'k');
  });

  it('reports storage that throws, or a getter that throws (site data blocked), as `unavailable`', () => {
    const blocked = safeStorage(() => fakeStorage({ blocked: true }));
    expect(blocked.read('k')).toEqual({ ok: false, problem: 'unavailable' });
    expect(blocked.write('k', 'v')).toEqual({ ok: false, problem: 'unavailable' });
    const getterThrows = safeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(getterThrows.read('k')).toEqual({ ok: false, problem: 'unavailable' });
    expect(safeStorage(() => undefined).remove('k')).toEqual({ ok: false, problem: 'unavailable' });
  });
});
