/**
 * The saved record's place and writing it, apart from reading it back: autosave and start-up use
 * these at once, while the reader (with the share validation) loads only when something is saved.
 * Every access goes through the storage wrapper (src/state/storage.ts): nothing here throws.
 */
import { asSafeStorage, type StorageLike, type StorageProblem } from '../../state/storage';
import type { ShareStateV1 } from '../share/shareTypes';

export const SAVE_KEY = 'ktp.workspace';
export const SAVE_SCHEMA = 1;
/** Saved work set aside when a link opened in its place, newest first (at most KEPT_MAX). */
export const KEPT_KEY = 'ktp.workspace.kept';
export const KEPT_MAX = 5;
/** A save this version cannot read (newer schema, damaged), kept as it was found. */
export const UNREADABLE_KEY = 'ktp.workspace.unreadable';

export interface SavedRecord {
  schema: number;
  savedAt: string;
  state: ShareStateV1;
  /** The tab that wrote it (two tabs must not overwrite each other's work unknowingly). */
  tab?: string;
}

/** This page's id in the records it writes. */
export const THIS_TAB = Math.random().toString(36).slice(2, 10);

export type SaveOutcome = { ok: true; text: string } | { ok: false; problem: StorageProblem };

/** The record text of `state`, as this tab writes it. */
export function recordText(state: ShareStateV1): string {
  const record: SavedRecord = { schema: SAVE_SCHEMA, savedAt: new Date().toISOString(), state, tab: THIS_TAB };
  return JSON.stringify(record);
}

/** Writes the state; the problem when storage is unavailable or full. */
export function writeSave(state: ShareStateV1, storage?: StorageLike): SaveOutcome {
  const text = recordText(state);
  const result = asSafeStorage(storage).write(SAVE_KEY, text);
  return result.ok ? { ok: true, text } : result;
}

/** Writes the state; false when storage is unavailable or full. */
export function saveLocally(state: ShareStateV1, storage?: StorageLike): boolean {
  return writeSave(state, storage).ok;
}

/** The saved record's text, null when there is none or storage cannot be read. */
export function savedText(storage?: StorageLike): string | null {
  const result = asSafeStorage(storage).read(SAVE_KEY);
  return result.ok ? result.value : null;
}

/** Whether something is saved under SAVE_KEY (readable or not); false when storage is unavailable. */
export function hasLocalSave(storage?: StorageLike): boolean {
  return Boolean(savedText(storage));
}

export function clearLocalSave(storage?: StorageLike): void {
  asSafeStorage(storage).remove(SAVE_KEY);
}

/** The tab that wrote a record's text, when it says. */
export function writerOf(text: string): string | undefined {
  try {
    const tab = (JSON.parse(text) as Partial<SavedRecord>).tab;
    return typeof tab === 'string' ? tab : undefined;
  } catch {
    return undefined;
  }
}
