/**
 * The workspace saved in localStorage as you type, restored on the next visit. The saved record
 * has its own schema version; its state goes through the share link's validation when read back.
 */
import { decodeShareDocument } from '../share/shareDocument';
import type { ShareStateV1 } from '../share/shareTypes';
import { SAVE_KEY, SAVE_SCHEMA, type SavedRecord } from './savedRecord';

export { clearLocalSave, hasLocalSave, SAVE_KEY, SAVE_SCHEMA, saveLocally } from './savedRecord';

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
