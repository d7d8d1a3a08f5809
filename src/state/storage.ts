/**
 * The one door to localStorage. Browsers refuse it in many ways: the `localStorage` getter itself
 * throws when site data is blocked, setItem throws when the quota is used up, Safari's private
 * mode had a zero quota. Every use goes through here: nothing throws, every failure is reported
 * as a result (and to listeners, so the page can say once that work is not being kept).
 */

/** Why storage could not be used: `unavailable` (blocked or absent) or `full` (the quota). */
export type StorageProblem = 'unavailable' | 'full';

export type StorageRead = { ok: true; value: string | null } | { ok: false; problem: StorageProblem };
export type StorageWrite = { ok: true } | { ok: false; problem: StorageProblem };

export interface SafeStorage {
  read(key: string): StorageRead;
  write(key: string, value: string): StorageWrite;
  remove(key: string): StorageWrite;
  /** Listens for the first and every later failure; returns the unsubscribe function. */
  onProblem(listener: (problem: StorageProblem, key: string) => void): () => void;
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * A SafeStorage over the Storage `source` gives (read lazily, inside a try: merely reading
 * `window.localStorage` throws where site data is blocked).
 *
 * @example
 * const storage = safeStorage(() => fakeStorage);
 * storage.write('ktp.x', '1'); // { ok: true }, or { ok: false, problem: 'full' }
 */
export function safeStorage(source: () => Storage | null | undefined): SafeStorage {
  const listeners = new Set<(problem: StorageProblem, key: string) => void>();
  const fail = (problem: StorageProblem, key: string): { ok: false; problem: StorageProblem } => {
    for (const listener of listeners) {
      try {
        listener(problem, key);
      } catch {
        // A listener's failure is its own.
      }
    }
    return { ok: false, problem };
  };
  const open = (): Storage | undefined => {
    const storage = source();
    return storage ?? undefined;
  };
  return {
    read(key) {
      try {
        const storage = open();
        if (!storage) return fail('unavailable', key);
        return { ok: true, value: storage.getItem(key) };
      } catch {
        return fail('unavailable', key);
      }
    },
    write(key, value) {
      try {
        const storage = open();
        if (!storage) return fail('unavailable', key);
        storage.setItem(key, value);
        return { ok: true };
      } catch (error) {
        return fail(isQuotaError(error) ? 'full' : 'unavailable', key);
      }
    },
    remove(key) {
      try {
        const storage = open();
        if (!storage) return fail('unavailable', key);
        storage.removeItem(key);
        return { ok: true };
      } catch {
        return fail('unavailable', key);
      }
    },
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's localStorage, through the wrapper. */
export const localStore: SafeStorage = safeStorage(() => globalThis.localStorage);

/** What a reader or writer is given: the page's store, or a SafeStorage over a test's fake Storage. */
export type StorageLike = SafeStorage | Storage | undefined;

/** A SafeStorage for `storage`: itself when it already is one, the page's store when undefined. */
export function asSafeStorage(storage: StorageLike): SafeStorage {
  if (storage === undefined) return localStore;
  if ('write' in storage && 'read' in storage) return storage as SafeStorage;
  return safeStorage(() => storage as Storage);
}
