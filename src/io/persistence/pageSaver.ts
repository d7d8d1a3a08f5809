/**
 * The page's one WorkspaceSaver over localStorage, and what it tells the user: a save that fails
 * (with Download as the way out), another tab's newer save (open it, or keep saving this tab's).
 */
import { useStore } from '../../state';
import { showNotice } from '../../state/noticeStore';
import { localStore } from '../../state/storage';
import { captureShareState, restoreShareState } from '../share/storeSnapshot';
import { WorkspaceSaver } from './workspaceSaver';

let saver: WorkspaceSaver | undefined;

export function pageSaver(): WorkspaceSaver {
  saver ??= new WorkspaceSaver(localStore, {
    failed: (problem) =>
      showNotice({
        kind: 'error',
        text:
          problem === 'full'
            ? 'Your latest changes are not saved: this browser’s storage for the playground is full. Download the workspace to keep them.'
            : 'This browser does not let the playground store data (site data may be blocked), so your work is not kept when this tab closes. Download the workspace to keep it.',
        download: true,
      }),
    recovered: () => showNotice({ kind: 'info', text: 'Your changes are saved in this browser again.' }),
    conflict: () =>
      showNotice({
        kind: 'error',
        text: 'Another tab saved newer work in this browser. This tab stopped saving, so that neither overwrites the other.',
        actions: [
          { label: 'Open the newer work', testId: 'open-newer-save', run: () => void openNewerSave() },
          { label: 'Keep saving this tab’s work', testId: 'keep-this-tab', run: keepThisTab },
        ],
      }),
  });
  return saver;
}

async function openNewerSave(): Promise<void> {
  // The reader (with the share validation) loads only when asked for.
  const { readSave } = await import('./localSave');
  const read = readSave(localStore);
  const current = pageSaver();
  if (read?.ok) {
    current.adoptCurrent();
    restoreShareState(read.state);
  } else showNotice({ kind: 'error', text: 'The other tab’s work could not be read; this tab keeps its own and does not save over it.' });
}

function keepThisTab(): void {
  const current = pageSaver();
  current.adoptCurrent();
  current.save(captureShareState(useStore.getState()));
}

/** Another tab's saves, announced by the `storage` event. */
export function watchOtherTabs(): void {
  window.addEventListener('storage', (event) => {
    if (event.storageArea && event.storageArea !== safeLocalStorage()) return;
    pageSaver().externalChange(event.key, event.newValue);
  });
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
