/**
 * The workspace saved in localStorage as you type, restored on the next visit. The saved record
 * has its own schema version; its state goes through the share link's validation when read back.
 */
import { asSafeStorage, type StorageLike } from '../../state/storage';
import { decodeShareDocument } from '../share/shareDocument';
import type { ShareStateV1 } from '../share/shareTypes';
import { KEPT_KEY, KEPT_MAX, SAVE_KEY, SAVE_SCHEMA, UNREADABLE_KEY, type SavedRecord } from './savedRecord';

export { clearLocalSave, hasLocalSave, SAVE_KEY, SAVE_SCHEMA, saveLocally } from './savedRecord';

export type SaveRead = { ok: true; state: ShareStateV1; text: string } | { ok: false; error: string; text: string } | null;

/** The record in `text`, or why it cannot be read. */
export function readRecord(text: string): { ok: true; state: ShareStateV1 } | { ok: false; error: string } {
  let record: Partial<SavedRecord>;
  try {
    record = JSON.parse(text) as Partial<SavedRecord>;
  } catch {
    return { ok: false, error: 'it is not valid JSON (damaged)' };
  }
  if (typeof record !== 'object' || record === null) return { ok: false, error: 'it is not a saved workspace' };
  if (typeof record.schema === 'number' && record.schema > SAVE_SCHEMA)
    return { ok: false, error: `it was saved by a newer version of the playground (format ${record.schema})` };
  if (record.schema !== SAVE_SCHEMA) return { ok: false, error: 'it is not a saved workspace of a known format' };
  const result = decodeShareDocument(record.state, 1);
  return result.ok ? { ok: true, state: result.state } : { ok: false, error: result.error };
}

/** What is saved: its state, or why it cannot be read (with its text, to keep it aside); null when nothing is. */
export function readSave(storage?: StorageLike): SaveRead {
  const read = asSafeStorage(storage).read(SAVE_KEY);
  if (!read.ok || !read.value) return null;
  const record = readRecord(read.value);
  return record.ok ? { ...record, text: read.value } : { ...record, text: read.value };
}

/** The saved state, or null when there is none or it cannot be read (it is then left alone). */
export function readLocalSave(storage?: StorageLike): ShareStateV1 | null {
  const read = readSave(storage);
  return read?.ok ? read.state : null;
}

/** Moves an unreadable save aside, as found; false when that slot is taken or storage refuses (then nothing moves). */
export function keepUnreadable(text: string, storage?: StorageLike): boolean {
  const safe = asSafeStorage(storage);
  const slot = safe.read(UNREADABLE_KEY);
  if (!slot.ok || (slot.value !== null && slot.value !== text)) return false;
  return safe.write(UNREADABLE_KEY, text).ok && safe.remove(SAVE_KEY).ok;
}

/** The records kept aside, newest first. */
export function keptRecords(storage?: StorageLike): string[] {
  const read = asSafeStorage(storage).read(KEPT_KEY);
  if (!read.ok || !read.value) return [];
  try {
    const list = JSON.parse(read.value) as unknown;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Puts a saved record's text first among the kept ones; false when storage refuses. */
export function keepAside(text: string, storage?: StorageLike): boolean {
  const list = [text, ...keptRecords(storage).filter((t) => t !== text)].slice(0, KEPT_MAX);
  return asSafeStorage(storage).write(KEPT_KEY, JSON.stringify(list)).ok;
}

/** Takes the newest kept record out of the kept list. */
export function takeKept(storage?: StorageLike): string | null {
  const [first, ...rest] = keptRecords(storage);
  if (first === undefined) return null;
  const safe = asSafeStorage(storage);
  const written = rest.length ? safe.write(KEPT_KEY, JSON.stringify(rest)) : safe.remove(KEPT_KEY);
  return written.ok ? first : null;
}
