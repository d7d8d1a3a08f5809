/**
 * The saved record's place and writing it, apart from reading it back: autosave and start-up use
 * these at once, while the reader (with the share validation) loads only when something is saved.
 */
import type { ShareStateV1 } from '../share/shareTypes';

export const SAVE_KEY = 'ktp.workspace';
export const SAVE_SCHEMA = 1;

export interface SavedRecord {
  schema: number;
  savedAt: string;
  state: ShareStateV1;
}

/** Writes the state; false when storage is unavailable or full. */
export function saveLocally(state: ShareStateV1, storage: Storage | undefined = globalThis.localStorage): boolean {
  if (!storage) return false;
  try {
    const record: SavedRecord = { schema: SAVE_SCHEMA, savedAt: new Date().toISOString(), state };
    storage.setItem(SAVE_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** Whether something is saved under SAVE_KEY (readable or not); false when storage is unavailable. */
export function hasLocalSave(storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    return Boolean(storage?.getItem(SAVE_KEY));
  } catch {
    return false;
  }
}

export function clearLocalSave(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(SAVE_KEY);
  } catch {
    // Nothing saved, nothing to clear.
  }
}
