/** Reopening the workspace saved in this browser; loaded only when something is saved. */
import { clearLocalSave, readLocalSave } from '../persistence/localSave';
import type { StartupSource } from './bootSharedState';
import { restoreShareState } from './storeSnapshot';

/** Restores the saved workspace; a save that cannot be restored is cleared and the default stays. */
export function openSavedWorkspace(): StartupSource {
  const saved = readLocalSave();
  if (!saved) return 'default';
  try {
    restoreShareState(saved);
    return 'saved';
  } catch {
    clearLocalSave();
    return 'default';
  }
}
