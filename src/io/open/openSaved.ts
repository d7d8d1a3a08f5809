/** Reopening the workspace saved in this browser; loaded only when something is saved. */
import { keepUnreadable, readSave } from '../persistence/localSave';
import { pageSaver } from '../persistence/pageSaver';
import { showNotice } from '../../state/noticeStore';
import { restoreShareState } from '../share/storeSnapshot';

/**
 * Restores the saved workspace. A save that cannot be read or restored is kept aside as found (and
 * said so), never overwritten: when it cannot be moved aside, this tab does not save at all.
 */
export function openSavedWorkspace(): void {
  const saved = readSave();
  if (!saved) return;
  if (saved.ok) {
    try {
      restoreShareState(saved.state);
      return;
    } catch {
      reportUnreadable(saved.text, 'it could not be restored');
      return;
    }
  }
  reportUnreadable(saved.text, saved.error);
}

function reportUnreadable(text: string, why: string): void {
  if (keepUnreadable(text)) {
    showNotice({
      kind: 'error',
      text: `Your saved workspace could not be opened: ${why}. It is kept aside in this browser’s storage (ktp.workspace.unreadable), untouched; the default scenario is shown.`,
    });
    return;
  }
  pageSaver().pause();
  showNotice({
    kind: 'error',
    text: `Your saved workspace could not be opened: ${why}. It is left as it was, and this tab does not save over it; download your work to keep it.`,
    download: true,
  });
}
