/**
 * How code outside the lazily loaded editor reaches it: the toolbar applies edits through the
 * editor (so Ctrl+Z undoes them) and the problems list reveals positions. Before the editor has
 * loaded, edits go straight to the store.
 */
import { useStore } from '.';
import type { FileChange } from '../workspace/workspaceEdits';

export interface EditorHandle {
  /** Applies a change to an open model as an undoable edit; false when the file has no model. */
  applyChange(change: FileChange): boolean;
  reveal(file: string, line: number, column: number): void;
}

let handle: EditorHandle | null = null;

export function registerEditor(editor: EditorHandle | null): void {
  handle = editor;
}

/** Applies a toolbar edit: through the editor when it is mounted, else to the store. */
export function applyWorkspaceChange(change: FileChange): void {
  if (!change.created && handle?.applyChange(change)) return;
  useStore.getState().applyFileChange(change);
}

/** Opens `file` and puts the cursor at line/column (1-based). */
export function revealPosition(file: string, line: number, column: number): void {
  useStore.getState().setActiveFile(file);
  handle?.reveal(file, line, column);
}
