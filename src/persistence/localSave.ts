/**
 * The workspace saved in localStorage as you type, restored on the next visit. The saved record
 * has its own schema version; its state goes through the share link's validation when read back.
 */
import { decodeShareDocument, type ShareStateV1 } from '../share/shareState';

export const SAVE_KEY = 'ktp.workspace';
export const SAVE_SCHEMA = 1;

interface SavedRecord {
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

/** The saved state, or null when there is none or it cannot be read (it is then left alone). */
export function readLocalSave(storage: Storage | undefined = globalThis.localStorage): ShareStateV1 | null {
  let text: string | null;
  try {
    text = storage?.getItem(SAVE_KEY) ?? null;
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const record = JSON.parse(text) as Partial<SavedRecord>;
    if (record.schema !== SAVE_SCHEMA) return null;
    const result = decodeShareDocument(record.state, 1);
    return result.ok ? result.state : null;
  } catch {
    return null;
  }
}

export function clearLocalSave(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(SAVE_KEY);
  } catch {
    // Nothing saved, nothing to clear.
  }
}
