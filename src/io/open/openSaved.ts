/** Reopening the workspace saved in this browser; loaded only when something is saved. */
import { clearLocalSave, readLocalSave } from '../persistence/localSave';
import { restoreShareState } from '../share/storeSnapshot';

/** Restores the saved workspace; a save that cannot be restored is cleared and the default stays. */
export function openSavedWorkspace(): void {
  const saved = readLocalSave();
  if (!saved) return;
  try {
    restoreShareState(saved);
  } catch {
    clearLocalSave();
  }
}
