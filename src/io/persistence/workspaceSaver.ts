/**
 * Writes the workspace to its save slot without ever overwriting work it has not seen: before each
 * write it compares the slot with what this tab last wrote or opened, and another tab's newer save
 * (or the `storage` event announcing one) pauses saving until the user chooses.
 */
import type { SafeStorage, StorageProblem } from '../../state/storage';
import type { ShareStateV1 } from '../share/shareTypes';
import { recordText, SAVE_KEY, THIS_TAB, writerOf } from './savedRecord';

export interface SaverHooks {
  /** A write failed (storage full or unavailable); called once per run of failures. */
  failed(problem: StorageProblem): void;
  /** A write succeeded after failures. */
  recovered(): void;
  /** Another tab saved work this tab has not seen: saving is paused. */
  conflict(): void;
}

export class WorkspaceSaver {
  #lastSeen: string | null;
  #paused = false;
  #failing = false;
  /** The workspace's text length when storage last refused a save as full. */
  #fullAt: number | undefined;

  constructor(
    private readonly storage: SafeStorage,
    private readonly hooks: SaverHooks,
  ) {
    const current = storage.read(SAVE_KEY);
    this.#lastSeen = current.ok ? current.value : null;
  }

  /** Reports, once, that storage cannot be used at all (site data blocked); whether it can. */
  checkAccess(): boolean {
    const read = this.storage.read(SAVE_KEY);
    if (read.ok) return true;
    if (!this.#failing) this.hooks.failed(read.problem);
    this.#failing = true;
    return false;
  }

  get paused(): boolean {
    return this.#paused;
  }

  /** Saves `state` unless paused or another tab's save would be overwritten; whether it was written. */
  save(state: ShareStateV1): boolean {
    if (this.#paused) return false;
    const current = this.storage.read(SAVE_KEY);
    if (current.ok && this.#isOthers(current.value)) {
      this.#pause();
      return false;
    }
    // Storage that was full for this much text is full for as much or more: a 12 MB workspace's
    // record is not built and written again on every keystroke only to be refused (that took the
    // page's thread for most of a second). The failure was said once; it still holds.
    const length = textLength(state);
    if (this.#fullAt !== undefined && length >= this.#fullAt) return false;
    const text = recordText(state);
    const written = this.storage.write(SAVE_KEY, text);
    if (!written.ok) {
      if (!this.#failing) this.hooks.failed(written.problem);
      this.#failing = true;
      this.#fullAt = written.problem === 'full' ? length : undefined;
      return false;
    }
    this.#fullAt = undefined;
    this.#lastSeen = text;
    if (this.#failing) this.hooks.recovered();
    this.#failing = false;
    return true;
  }

  /** The `storage` event: another tab changed a key. */
  externalChange(key: string | null, newValue: string | null): void {
    if (key !== SAVE_KEY && key !== null) return;
    if (key === SAVE_KEY && this.#isOthers(newValue)) this.#pause();
  }

  /** What is saved now is what this tab has seen (it opened it, or the user chose to overwrite it); saving resumes. */
  adoptCurrent(): void {
    const current = this.storage.read(SAVE_KEY);
    this.#lastSeen = current.ok ? current.value : null;
    this.#paused = false;
    this.#fullAt = undefined;
  }

  /** Stops saving until adoptCurrent (e.g. an unreadable save could not be kept aside). */
  pause(): void {
    this.#paused = true;
  }

  #isOthers(value: string | null): boolean {
    return value !== null && value !== this.#lastSeen && writerOf(value) !== THIS_TAB;
  }

  #pause(): void {
    if (this.#paused) return;
    this.#paused = true;
    this.hooks.conflict();
  }
}

/** Characters of text over the workspace's files (what makes a record large). */
function textLength(state: ShareStateV1): number {
  let length = 0;
  for (const file of state.files) length += file.text.length;
  return length;
}
